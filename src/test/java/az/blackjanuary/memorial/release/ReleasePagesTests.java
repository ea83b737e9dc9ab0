package az.blackjanuary.memorial.release;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

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
		this.releases.save(release("test-2026-release", LocalDate.of(2026, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofDays(1)))
			.text(Language.EN, "Thirty-sixth anniversary", "Body")
			.build());
		assertThat(this.mvc.get().uri("/releases?lang=en")).hasStatusOk()
			.bodyText()
			.containsSubsequence("<h2 id=\"year-2026\">2026</h2>", "Thirty-sixth anniversary",
					"<h2 id=\"year-2022\">2022</h2>", "Thirty-second anniversary");
		assertThat(this.mvc.get().uri("/releases?lang=az")).bodyText()
			.containsSubsequence("Thirty-sixth anniversary", "Bu mətn yalnız ingilis dilində mövcuddur.",
					"“Qara Yanvar” faciəsinin otuz ikinci ildönümü",
					"2022\u2011ci il yanvarın 20\u2011də Azərbaycan “Qara Yanvar” faciəsinin otuz ikinci ildönümünü anır.",
					"Bu mətn ingilis dilindəki orijinaldan tərcümə edilib.");
	}

	@Test
	void theNewestPublishedReleaseBecomesTheStatement() {
		this.releases.save(release("test-2026-statement", LocalDate.of(2026, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofHours(1)))
			.text(Language.AZ, "36-cı ildönümü", "Bəyanatın mətni")
			.figure(FigureKind.KILLED, 147)
			.build());
		assertThat(this.mvc.get().uri("/?lang=az")).bodyText()
			.contains("36-cı ildönümü")
			.contains(">147<")
			.doesNotContain("Bu mətn yalnız");
	}

	@Test
	void aReleasePublishedEarlyForTheNextAnniversaryWaitsForItsDayEverywhere() {
		// 25 November 2026: the 36th anniversary is the one commemorated, yet the 37th's
		// release is out.
		this.releases.save(release("test-2027-early", LocalDate.of(2027, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofHours(1)))
			.text(Language.EN, "Thirty-seventh anniversary", "The thirty-seventh anniversary.")
			.figure(FigureKind.KILLED, 147)
			.build());
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("36th anniversary")
			.contains("Thirty-second anniversary")
			.doesNotContain("Thirty-seventh", ">147<")
			.contains("As stated in the release of 20 January 2022.");
		assertThat(this.mvc.get().uri("/releases/test-2027-early")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/releases?lang=en")).bodyText().doesNotContain("year-2027", "Thirty-seventh");
		assertThat(this.mvc.get().uri("/feed.atom")).bodyText().doesNotContain("test-2027-early");
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().doesNotContain("test-2027-early");
		assertThat(this.mvc.get().uri("/api/v1/releases")).bodyText().doesNotContain("test-2027-early");

		// The last minute of 19 January 2027 in Baku: still the 36th.
		this.clock.set(ZonedDateTime.of(2027, 1, 19, 23, 59, 0, 0, SettableClock.BAKU));
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("36th anniversary")
			.doesNotContain("37th anniversary", "Thirty-seventh");

		// Its day has come: heading, statement, figures, their source, archive and feed
		// agree.
		this.clock.set(ZonedDateTime.of(2027, 1, 20, 0, 0, 0, 0, SettableClock.BAKU));
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("37th anniversary")
			.contains("Thirty-seventh anniversary", ">147<")
			.contains("As stated in the release of 20 January 2027.");
		assertThat(this.mvc.get().uri("/releases/test-2027-early")).hasStatusOk();
		assertThat(this.mvc.get().uri("/releases?lang=en")).bodyText()
			.containsSubsequence("<h2 id=\"year-2027\">2027</h2>", "Thirty-seventh anniversary");
		assertThat(this.mvc.get().uri("/feed.atom")).bodyText().contains("test-2027-early");
	}

	@Test
	void theReleasePageInRussianIsTheTranslationLabelledWithALinkToTheEnglishOriginal() {
		assertThat(this.mvc.get().uri(SEED + "?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("<h1 id=\"release-title\">Тридцать вторая годовщина «Чёрного января»</h1>")
			.contains("131 мирный житель был убит, 744 человека ранены, 841 человек")
			.contains("22 января 1990 года в церемонии похорон шехидов")
			.containsPattern("Перевод с английского оригинала\\.</span>\\s*<a href=\"" + SEED
					+ "\\?lang=en\" hreflang=\"en\">Читать оригинал</a>");
		assertThat(this.mvc.get().uri(SEED + "?lang=az")).bodyText()
			.contains("“Qara Yanvar” faciəsinin otuz ikinci ildönümü")
			.contains("Bu mətn ingilis dilindəki orijinaldan tərcümə edilib.");
	}

	@Test
	void aReleaseNotInTheReadersLanguageOffersEveryLanguageItIsWrittenIn() {
		this.releases.save(release("test-two-languages", LocalDate.of(2026, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofDays(1)))
			.text(Language.AZ, "İki dildə", "Mətn")
			.text(Language.EN, "In two languages", "Text")
			.build());
		assertThat(this.mvc.get().uri("/releases/test-two-languages?lang=ru")).bodyText()
			.doesNotContain("только на азербайджанском")
			.contains("Этот текст не опубликован на русском языке. Его можно прочитать на этих языках:")
			.containsPattern(
					"<a href=\"/releases/test-two-languages\\?lang=az\" lang=\"az\" hreflang=\"az\">Azərbaycanca</a>")
			.containsPattern(
					"<a href=\"/releases/test-two-languages\\?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
		assertThat(this.mvc.get().uri("/releases?lang=ru")).bodyText()
			.contains("Этот текст не опубликован на русском языке.");
		assertThat(this.mvc.get().uri("/?lang=ru")).bodyText()
			.contains("Этот текст не опубликован на русском языке.")
			.contains("href=\"/releases/test-two-languages?lang=en\"");
	}

	@Test
	void russianDatesNameTheYearAsGoda() {
		assertThat(this.mvc.get().uri(SEED + "?lang=ru")).bodyText()
			.contains("Памятная дата:")
			.contains("<time datetime=\"2022-01-20\">20 января 2022 года</time>")
			.contains("Как указано в заявлении от 20 января 2022 года.");
		assertThat(this.mvc.get().uri(SEED + "?lang=az")).bodyText()
			.contains("Anım tarixi:")
			.contains("20 yanvar 2022 tarixli bəyanatda göstərildiyi kimi.");
	}

	@Test
	void theFiguresSourceIsTheDayTheReleaseWasPublished() {
		this.releases.save(release("test-published-later", LocalDate.of(2026, 1, 20))
			.publishedAt(ZonedDateTime.of(2026, 1, 25, 10, 0, 0, 0, SettableClock.BAKU).toInstant())
			.text(Language.EN, "Thirty-sixth anniversary", "Body")
			.figure(FigureKind.KILLED, 147)
			.build());
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("As stated in the release of 25 January 2026.")
			.doesNotContain("release of 20 January 2026");
		assertThat(this.mvc.get().uri("/releases/test-published-later?lang=en")).bodyText()
			.contains("Anniversary date:", "<time datetime=\"2026-01-20\">20 January 2026</time>")
			.contains("As stated in the release of 25 January 2026.");
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
		this.releases.save(release("test-scheduled", LocalDate.of(2026, 1, 20))
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
		this.releases.save(release("test-script", LocalDate.of(2026, 1, 20))
			.publishedAt(this.clock.instant().minus(Duration.ofDays(1)))
			.text(Language.EN, "Script", "Text <script>alert(1)</script> <img src=x onerror=alert(1)>")
			.build());
		assertThat(this.mvc.get().uri("/releases/test-script")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("<img src=x onerror");
	}

}
