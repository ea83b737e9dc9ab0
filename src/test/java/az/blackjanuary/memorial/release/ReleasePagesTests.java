package az.blackjanuary.memorial.release;

import java.time.Duration;
import java.time.LocalDate;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static az.blackjanuary.memorial.release.ReleaseBuilder.release;
import static org.assertj.core.api.Assertions.assertThat;

@MemorialSiteTest
class ReleasePagesTests {

	private static final String SEED = "/releases/2022-thirty-second-anniversary-of-the-black-january";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReleaseRepository releases;

	@Autowired
	private SettableClock clock;

	@AfterEach
	void cleanUp() {
		ReleaseBuilder.deleteTestReleases(this.releases);
		this.clock.reset();
	}

	@Test
	void theSeededReleaseIsServedWordForWord() {
		assertThat(this.mvc.get().uri(SEED + "?lang=en")).hasStatusOk()
			.bodyText()
			.contains("<h1 id=\"release-title\">Thirty-second anniversary of the “Black January”</h1>")
			.contains("Today thousands of people visited the Martyrs’ Alley in the capital of Azerbaijan, Baku")
			.contains("On 22 January 1990, 2 million people attended the funeral\nceremony of martyrs in Baku.")
			.contains("On 18 October 1991, Azerbaijan restored its independence.")
			.contains("those responsible to justice.")
			.contains("<time datetime=\"2022-01-20\">20 January 2022</time>");
	}

	@Test
	void theArchiveGroupsPublishedReleasesByYearNewestFirst() {
		this.releases.save(release("test-2027-release", LocalDate.of(2027, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofDays(1)))
			.text(Language.EN, "Thirty-seventh anniversary", "Body")
			.build());
		assertThat(this.mvc.get().uri("/releases?lang=en")).hasStatusOk()
			.bodyText()
			.containsSubsequence("<h2 id=\"year-2027\">2027</h2>", "Thirty-seventh anniversary",
					"<h2 id=\"year-2022\">2022</h2>", "Thirty-second anniversary");
		assertThat(this.mvc.get().uri("/releases?lang=az")).bodyText()
			.containsSubsequence("Thirty-second anniversary", "Bu mətn yalnız ingilis dilində mövcuddur.");
	}

	@Test
	void theNewestPublishedReleaseBecomesTheStatement() {
		this.releases.save(release("test-2027-statement", LocalDate.of(2027, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofHours(1)))
			.text(Language.AZ, "37-ci ildönümü", "Bəyanatın mətni")
			.figure(FigureKind.KILLED, 147)
			.build());
		assertThat(this.mvc.get().uri("/?lang=az")).bodyText()
			.contains("37-ci ildönümü")
			.contains(">147<")
			.doesNotContain("Bu mətn yalnız");
	}

	@Test
	void aDraftIsNotFoundByVisitors() {
		this.releases.save(release("test-draft", LocalDate.of(2027, 1, 20)).text(Language.EN, "Draft", "Body").build());
		assertThat(this.mvc.get().uri("/releases/test-draft")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/releases?lang=en")).bodyText().doesNotContain("test-draft");
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().doesNotContain("Draft");
	}

	@Test
	void aScheduledReleaseAppearsByItselfWhenItsTimeComes() {
		this.releases.save(release("test-scheduled", LocalDate.of(2027, 1, 20))
			.publishedAt(this.clock.instant().plus(Duration.ofHours(2)))
			.text(Language.EN, "Scheduled statement", "Body")
			.build());
		assertThat(this.mvc.get().uri("/releases/test-scheduled")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().doesNotContain("Scheduled statement");

		this.clock.set(this.clock.instant().plus(Duration.ofHours(3)));
		assertThat(this.mvc.get().uri("/releases/test-scheduled")).hasStatusOk();
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("Scheduled statement");
	}

	@Test
	void anUnknownSlugIsTheSitesOwnNotFoundPage() {
		assertThat(this.mvc.get().uri("/releases/no-such-release?lang=en").accept("text/html"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aReleaseBodyCannotCarryScript() {
		this.releases.save(release("test-script", LocalDate.of(2027, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofDays(1)))
			.text(Language.EN, "Script", "Text <script>alert(1)</script> <img src=x onerror=alert(1)>")
			.build());
		assertThat(this.mvc.get().uri("/releases/test-script")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("<img src=x onerror");
	}

}
