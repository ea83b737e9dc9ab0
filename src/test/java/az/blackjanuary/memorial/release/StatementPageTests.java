package az.blackjanuary.memorial.release;

import java.time.ZonedDateTime;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@MemorialSiteTest
class StatementPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void homeSpeaksAzerbaijaniByDefaultAndCountsTheAnniversaryOfThisYear() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"az\"")
			.contains("Qara Yanvar faciəsinin 36-cı ildönümü")
			.contains("19–20 yanvar 1990-cı il gecəsi");
	}

	@Test
	void homeShowsTheFiguresWithTheReleaseTheyAreStatedIn() {
		assertThat(this.mvc.get().uri("/?lang=en")).hasStatusOk()
			.bodyText()
			.contains("36th anniversary of the Black January tragedy")
			.contains(">131<", ">744<", ">841<")
			.contains("killed", "wounded", "detained or arrested")
			.contains("As stated in the release of 20 January 2022.")
			.contains("href=\"/releases/2022-thirty-second-anniversary-of-the-black-january\"");
	}

	@Test
	void homeShowsTheStatementOfTheNewestReleaseMarkedWithItsLanguage() {
		assertThat(this.mvc.get().uri("/?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("36-я годовщина трагедии Черного января")
			.contains("Этот текст доступен только на английском языке.")
			.contains("<div lang=\"en\">")
			.contains("Thirty-second anniversary of the “Black January”")
			.contains("131 civilians were killed, 744\npeople were wounded and 841");
	}

	@Test
	void homeOffersACarnationFormWithACsrfToken() {
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("action=\"/carnations\"")
			.containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
			.contains("Lay a carnation")
			.containsPattern("Laid so far</span>\\s*<span class=\"carnations__value\">[0-9,]+</span>");
	}

	@Test
	void theYearMovesTheAnniversaryOn() {
		this.clock.set(ZonedDateTime.of(2027, 3, 1, 12, 0, 0, 0, SettableClock.BAKU));
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("37th anniversary");
		assertThat(this.mvc.get().uri("/?lang=az")).bodyText().contains("37-ci ildönümü");
	}

	@Test
	void theTwentiethOfJanuaryDressesTheHomePageInMourning() {
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().doesNotContain("mourning-ribbon");
		this.clock.set(ZonedDateTime.of(2027, 1, 20, 8, 0, 0, 0, SettableClock.BAKU));
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("mourning-ribbon").contains("Day of mourning");
	}

	@Test
	void theChosenLanguageIsRememberedInACookie() {
		assertThat(this.mvc.get().uri("/?lang=en")).cookies().containsCookie("lang").hasValue("lang", "en");
		assertThat(this.mvc.get().uri("/").cookie(new jakarta.servlet.http.Cookie("lang", "ru"))).bodyText()
			.contains("<html lang=\"ru\"");
	}

	@Test
	void theBrowsersLanguagePicksTheFirstVisitsLanguage() {
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "ru-RU,ru;q=0.9")).bodyText()
			.contains("<html lang=\"ru\"");
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "de-DE,de;q=0.9")).bodyText()
			.contains("<html lang=\"az\"");
	}

	@Test
	void anUnknownLanguageFallsBackToAzerbaijani() {
		assertThat(this.mvc.get().uri("/?lang=fr")).hasStatusOk().bodyText().contains("<html lang=\"az\"");
	}

	@Test
	void everyPageLinksItsOtherLanguageVersions() {
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText()
			.contains("<link rel=\"alternate\" hreflang=\"az\"")
			.contains("href=\"http://localhost:8080/timeline?lang=ru\"")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/timeline?lang=en\">");
	}

}
