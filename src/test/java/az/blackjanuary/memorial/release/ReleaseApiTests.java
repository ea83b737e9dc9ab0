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

/** Releases as JSON: what is published, in the language asked for; nothing else. */
@MemorialSiteTest
class ReleaseApiTests {

	private static final String SEED = "2022-thirty-second-anniversary-of-the-black-january";

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
	void theListHoldsPublishedReleasesNewestFirstAndNoDraftOrScheduledOne() {
		this.releases.save(release("test-api-published", LocalDate.of(2026, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofDays(1)))
			.text(Language.EN, "Thirty-sixth anniversary", "Body")
			.build());
		this.releases
			.save(release("test-api-draft", LocalDate.of(2028, 1, 20)).text(Language.EN, "Draft", "Body").build());
		this.releases.save(release("test-api-scheduled", LocalDate.of(2028, 1, 20))
			.publishedAt(this.clock.instant().plus(Duration.ofDays(1)))
			.text(Language.EN, "Scheduled", "Body")
			.build());

		var list = assertThat(this.mvc.get().uri("/api/v1/releases?lang=en")).hasStatusOk()
			.hasContentType("application/json")
			.bodyJson();
		list.extractingPath("$.releases[*].slug").asArray().containsExactly("test-api-published", SEED);
		list.extractingPath("$.releases[1].title").isEqualTo("Thirty-second anniversary of the “Black January”");
		list.extractingPath("$.releases[1].commemoratedOn").isEqualTo("2022-01-20");
		list.extractingPath("$.releases[1].url").asString().endsWith("/releases/" + SEED);

		assertThat(this.mvc.get().uri("/api/v1/releases/test-api-draft")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType("application/problem+json");
		assertThat(this.mvc.get().uri("/api/v1/releases/test-api-scheduled")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aReleaseCarriesItsSanitisedBodyAndTheFiguresItStates() {
		var release = assertThat(this.mvc.get().uri("/api/v1/releases/" + SEED + "?lang=en")).hasStatusOk().bodyJson();
		release.extractingPath("$.release.language").isEqualTo("en");
		release.extractingPath("$.bodyHtml")
			.asString()
			.contains("On 18 October 1991, Azerbaijan restored its independence.");
		release.extractingPath("$.figures[*].kind").asArray().containsExactly("killed", "wounded", "detained");
		release.extractingPath("$.figures[*].value").asArray().containsExactly(131, 744, 841);
	}

	@Test
	void aTranslationSaysWhichLanguageItsOriginalIsIn() {
		var russian = assertThat(this.mvc.get().uri("/api/v1/releases/" + SEED + "?lang=ru")).hasStatusOk().bodyJson();
		russian.extractingPath("$.release.language").isEqualTo("ru");
		russian.extractingPath("$.release.translatedFrom").isEqualTo("en");
		russian.extractingPath("$.release.languages").asArray().containsExactly("az", "en", "ru");
		russian.extractingPath("$.release.title").isEqualTo("Тридцать вторая годовщина «Чёрного января»");
		russian.extractingPath("$.figures[*].value").asArray().containsExactly(131, 744, 841);
		assertThat(this.mvc.get().uri("/api/v1/releases/" + SEED + "?lang=en")).bodyJson()
			.extractingPath("$.release.translatedFrom")
			.isNull();
	}

	@Test
	void anUnknownReleaseIsAProblemInTheClientsLanguage() {
		assertThat(this.mvc.get().uri("/api/v1/releases/no-such-release").header("Accept-Language", "ru"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Страница не найдена");
	}

}
