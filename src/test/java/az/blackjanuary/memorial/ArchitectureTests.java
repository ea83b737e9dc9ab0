package az.blackjanuary.memorial;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph: {@code site} on top gathers the features, beside the operators'
 * tools ({@code export}, {@code staticcopy}); the features ({@code admin},
 * {@code carnation}, {@code names}, {@code release}, {@code timeline}, {@code tribute})
 * may use one another one way only; every feature may use {@code image} (photographs and
 * documents, which use {@code audit}), {@code audit} and {@code pagecache}; everyone may
 * use {@code system} (and {@code monitoring}, the request log), which use none of them. A
 * feature's repositories and entities stay inside it.
 */
class ArchitectureTests {

	private static final String ROOT = "az.blackjanuary.memorial";

	private static final List<String> FEATURES = List.of("admin", "carnation", "names", "release", "timeline",
			"tribute");

	private static final List<String> SHARED = List.of("image", "audit", "pagecache");

	/**
	 * Operators' tools over the whole site, started by the application's commands alone.
	 */
	private static final List<String> TOOLS = List.of("export", "staticcopy");

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void noTopLevelPackagesDependOnEachOtherInACycle() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void everyTopLevelPackageHasItsPlaceInTheGraph() {
		Set<String> placed = Stream.of(List.of("site", "system", "monitoring"), FEATURES, SHARED, TOOLS)
			.flatMap(List::stream)
			.collect(Collectors.toSet());
		Set<String> found = MAIN.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith(ROOT + "."))
			.map((name) -> name.substring(ROOT.length() + 1).split("\\.")[0])
			.collect(Collectors.toSet());
		assertThat(placed).containsAll(found);
	}

	@Test
	void packagesOnlyUseThePackagesBelowThemOrBesideThemAmongTheFeatures() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("site")
			.definedBy(ROOT + ".site..")
			.layer("tools")
			.definedBy(packages(TOOLS))
			.layer("features")
			.definedBy(packages(FEATURES))
			.layer("image")
			.definedBy(ROOT + ".image..")
			.layer("audit")
			.definedBy(ROOT + ".audit..")
			.layer("pagecache")
			.definedBy(ROOT + ".pagecache..")
			.layer("system")
			.definedBy(ROOT + ".system..", ROOT + ".monitoring..")
			.whereLayer("site")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("tools")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("features")
			.mayOnlyBeAccessedByLayers("site")
			.whereLayer("image")
			.mayOnlyBeAccessedByLayers("site", "tools", "features")
			.whereLayer("audit")
			.mayOnlyBeAccessedByLayers("site", "tools", "features", "image")
			.whereLayer("pagecache")
			.mayOnlyBeAccessedByLayers("site", "features")
			.whereLayer("system")
			.mayOnlyBeAccessedByLayers("site", "tools", "features", "image", "audit", "pagecache")
			.check(MAIN);
	}

	@Test
	void repositoriesAreUsedOnlyInTheirOwnPackage() {
		classes().that().areAssignableTo(Repository.class).should(beUsedOnlyInTheirOwnPackage()).check(MAIN);
	}

	@Test
	void entitiesAreUsedOnlyInTheirOwnPackage() {
		classes().that(areStored()).should(beUsedOnlyInTheirOwnPackage()).check(MAIN);
	}

	private static String[] packages(List<String> names) {
		return names.stream().map((name) -> ROOT + "." + name + "..").toArray(String[]::new);
	}

	private static DescribedPredicate<JavaClass> areStored() {
		return describe("are JPA entities or embeddables",
				(type) -> type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class));
	}

	private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
		return new ArchCondition<>("be used only in their own package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				for (Dependency use : type.getDirectDependenciesToSelf()) {
					JavaClass user = use.getOriginClass();
					if (!user.getPackageName().equals(type.getPackageName())) {
						events.add(SimpleConditionEvent.violated(use, use.getDescription()));
					}
				}
			}
		};
	}

}
