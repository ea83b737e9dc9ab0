package az.blackjanuary.memorial.site;

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
			.contains("1990-cı il yanvarın 19-dan 20-nə keçən gecə");
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
	void homeShowsTheStatementInAzerbaijaniTranslatedFromItsEnglishOriginal() {
		assertThat(this.mvc.get().uri("/?lang=az")).hasStatusOk()
			.bodyText()
			.contains(
					"<h2 id=\"statement-title\" class=\"release__title\">“Qara Yanvar” faciəsinin otuz ikinci ildönümü</h2>")
			.contains("131 dinc sakin həlak oldu, 744 nəfər yaralandı, 841 nəfər")
			.contains("SSRİ Dövlət Təhlükəsizlik Komitəsinin (DTK)", "Şəhidlər xiyabanını")
			.contains(">131<", ">744<", ">841<")
			.containsPattern("Bu mətn ingilis dilindəki orijinaldan tərcümə edilib\\.</span>\\s*<a href=\""
					+ "/releases/2022-thirty-second-anniversary-of-the-black-january\\?lang=en\" hreflang=\"en\">Orijinalı oxuyun</a>")
			.doesNotContain("131 civilians were killed");
	}

	@Test
	void homeShowsTheStatementInRussianTranslatedFromItsEnglishOriginal() {
		assertThat(this.mvc.get().uri("/?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("<div lang=\"ru\">")
			.contains("Тридцать вторая годовщина «Чёрного января»")
			.contains("131 мирный житель был убит, 744 человека ранены, 841 человек")
			.contains("Комитетом государственной безопасности СССР (КГБ СССР)", "Аллею шехидов")
			.contains(">131<", ">744<", ">841<")
			.containsPattern("Перевод с английского оригинала\\.</span>\\s*<a href=\""
					+ "/releases/2022-thirty-second-anniversary-of-the-black-january\\?lang=en\" hreflang=\"en\">Читать оригинал</a>")
			.doesNotContain("Этот текст доступен только");
	}

	@Test
	void theEnglishOriginalCarriesNoTranslationLabel() {
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("131 civilians were killed, 744\npeople were wounded and 841")
			.doesNotContain("language-note");
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
	void theNightAndTheDayOfMourningAreNamedAsTheyAreOfficially() {
		this.clock.set(ZonedDateTime.of(2027, 1, 20, 8, 0, 0, 0, SettableClock.BAKU));
		assertThat(this.mvc.get().uri("/?lang=az")).bodyText()
			.contains("1990-cı il yanvarın 19-dan 20-nə keçən gecə")
			.contains("Ümumxalq hüzn günü")
			.contains("şəhid olanların əziz xatirəsinə");
		assertThat(this.mvc.get().uri("/?lang=ru")).bodyText()
			.contains("Ночь с 19 на 20 января 1990 года")
			.contains("День всенародной скорби")
			.contains("На Аллее шехидов люди возлагают красные гвоздики.");
	}

	@Test
	void russianPagesWriteYoWhereverItBelongs() {
		for (String page : new String[] { "/?lang=ru", "/timeline?lang=ru", "/tributes?lang=ru", "/releases?lang=ru",
				"/releases/2022-thirty-second-anniversary-of-the-black-january?lang=ru" }) {
			assertThat(this.mvc.get().uri(page)).bodyText()
				.as(page)
				.doesNotContainPattern("\\b(Черн(ый|ого|ом)|черн(ый|ого|ом)|еще|сохранен|учетн|отклоненн)")
				.doesNotContainPattern("[^ё]\\b(ее|нее)\\b");
		}
		assertThat(this.mvc.get().uri("/?lang=ru")).bodyText().contains("Чёрного января");
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
