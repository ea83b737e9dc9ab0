package az.blackjanuary.memorial.tribute;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;

@MemorialSiteTest
class TributeSearchTests {

	private static final Instant FIRST = Instant.parse("2026-01-19T09:00:00Z");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private WallWords words;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void emptyTheWall() {
		this.tributes.deleteAll();
	}

	@Test
	void theWallIsSearchedByAWordInAnyCaseAndInAnyScript() {
		tribute("Вечная ПАМЯТЬ героям").postedAt(FIRST).approved().saveIn(this.tributes);
		tribute("Allah rəhmət eləsin").postedAt(FIRST.plusSeconds(1)).approved().saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=память")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Вечная ПАМЯТЬ героям", "Tributes found for “память”")
			.doesNotContain("Allah rəhmət eləsin");
		assertThat(this.mvc.get().uri("/tributes?q=ALLAH RƏHMƏT")).bodyText()
			.contains("Allah rəhmət eləsin")
			.doesNotContain("Вечная ПАМЯТЬ");
	}

	@Test
	void aPlaceAndANameSignedInFullAreFoundButNotANameTheAuthorKeptToInitials() {
		tribute("From a place").from("Sumqayıt").postedAt(FIRST).approved().saveIn(this.tributes);
		tribute("Signed in full").by("Leyla Həsənova").postedAt(FIRST.plusSeconds(1)).approved().saveIn(this.tributes);
		Tribute initials = tribute("Signed with initials").by("Leyla Əliyeva")
			.postedAt(FIRST.plusSeconds(2))
			.approved()
			.build();
		initials.showName(NameShown.INITIALS);
		this.tributes.save(initials);
		assertThat(this.mvc.get().uri("/tributes?q=sumqayıt")).bodyText().contains("From a place");
		assertThat(this.mvc.get().uri("/tributes?q=leyla")).bodyText()
			.contains("Signed in full")
			.doesNotContain("Signed with initials");
	}

	@Test
	void onlyApprovedTributesAreFoundAndWildcardsAreTakenLiterally() {
		tribute("Waiting for review").saveIn(this.tributes);
		tribute("Approved words").approved().saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=review")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("No tribute matches “review”.", "Show the whole wall")
			.doesNotContain("Waiting for review");
		assertThat(this.mvc.get().uri("/tributes?lang=en").param("q", "%")).bodyText()
			.contains("No tribute matches “%”.")
			.doesNotContain("Approved words");
	}

	@Test
	void theResultsArePagedByCursorAndTheSearchIsKeptInThePagesLinks() throws Exception {
		for (int i = 0; i < 25; i++) {
			tribute("Unutmarıq " + i).postedAt(FIRST.plusSeconds(2L * i)).approved().saveIn(this.tributes);
			tribute("Other words " + i).postedAt(FIRST.plusSeconds(2L * i + 1)).approved().saveIn(this.tributes);
		}
		String first = this.mvc.get()
			.uri("/tributes?q=unutmar")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains("Unutmarıq 24", "Unutmarıq 5").doesNotContain("Unutmarıq 4<", "Other words");
		Matcher older = Pattern.compile("href=\"(/tributes\\?q=unutmar&amp;before=[^\"]+)\"").matcher(first);
		assertThat(older.find()).as("a link to the older results that keeps the search").isTrue();
		String second = this.mvc.get()
			.uri(older.group(1).replace("&amp;", "&"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(second).contains("Unutmarıq 4<", "Unutmarıq 0<").doesNotContain("Unutmarıq 5<", "Other words");
		assertThat(second).containsPattern("href=\"/tributes\\?q=unutmar&amp;after=[^\"]+\"");
	}

	@Test
	void anUpperCaseAzerbaijaniSearchFindsTheDotlessIAndTheDottedOne() {
		tribute("Unutmarıq, şəhidlərimiz!").postedAt(FIRST).approved().saveIn(this.tributes);
		tribute("İlham üçün").postedAt(FIRST.plusSeconds(1)).approved().saveIn(this.tributes);
		tribute("Чёрный январь").postedAt(FIRST.plusSeconds(2)).approved().saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes?q=UNUTMARIQ")).bodyText()
			.contains("Unutmarıq, şəhidlərimiz!")
			.doesNotContain("İlham üçün");
		assertThat(this.mvc.get().uri("/tributes?q=ilham")).bodyText().contains("İlham üçün");
		assertThat(this.mvc.get().uri("/tributes?q=ILHAM")).bodyText().contains("İlham üçün");
		assertThat(this.mvc.get().uri("/tributes?q=черный")).bodyText().contains("Чёрный январь");
	}

	@Test
	void aSearchFindsWordsFromTheirBeginningWhateverThePunctuationBetweenThem() {
		tribute("Bakıda, 20 Yanvar gecəsi").from("Bakı").postedAt(FIRST).approved().saveIn(this.tributes);
		tribute("Yanvarın 20-si").postedAt(FIRST.plusSeconds(1)).approved().saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes?q=bakıda 20 yanv")).bodyText()
			.contains("Bakıda, 20 Yanvar gecəsi")
			.doesNotContain("Yanvarın 20-si");
		assertThat(this.mvc.get().uri("/tributes?q=yanvarın 20-si")).bodyText()
			.contains("Yanvarın 20-si")
			.doesNotContain("Bakıda, 20 Yanvar gecəsi");
		assertThat(this.mvc.get().uri("/tributes?q=20 si")).bodyText().contains("Yanvarın 20-si");
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=akıda")).bodyText().contains("No tribute matches “akıda”.");
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=gecəsi bakı")).bodyText()
			.as("words of the message and of the place are not one text")
			.contains("No tribute matches “gecəsi bakı”.");
	}

	@Test
	void aTributeIsFoundByItsWordsAsTheAuthorChangedThemAndByNoneOnceRemoved() {
		Tribute changed = this.tributes
			.findById(tribute("Əvvəlki sözlər").postedAt(FIRST).approved().saveIn(this.tributes))
			.orElseThrow();
		Tribute removed = this.tributes
			.findById(tribute("Silinəcək sözlər").postedAt(FIRST.plusSeconds(1)).approved().saveIn(this.tributes))
			.orElseThrow();
		changed.rewrite(null, null, "Yeni sözlər", NameShown.FULL, null, FIRST.plusSeconds(2));
		changed.approve(FIRST.plusSeconds(3));
		this.tributes.save(changed);
		removed.removeByAuthor(FIRST.plusSeconds(4));
		this.tributes.save(removed);
		assertThat(this.mvc.get().uri("/tributes?q=yeni")).bodyText().contains("Yeni sözlər");
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=əvvəlki")).bodyText()
			.contains("No tribute matches “əvvəlki”.");
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=silinəcək")).bodyText()
			.contains("No tribute matches “silinəcək”.");
		if (this.words.kept()) {
			assertThat(this.jdbc.sql("SELECT word FROM tribute_word WHERE tribute_id = ?")
				.param(removed.id())
				.query(String.class)
				.list()).as("a removed tribute's words are gone from the word index too").isEmpty();
		}
	}

	@Test
	void theLanguageLinksOfASearchKeepIt() {
		tribute("Allah rəhmət eləsin").postedAt(FIRST).approved().saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=rəhmət eləsin")).bodyText()
			.contains("href=\"/tributes?lang=az&amp;q=r%C9%99hm%C9%99t+el%C9%99sin\"",
					"href=\"http://localhost:8080/tributes?lang=ru&amp;q=r%C9%99hm%C9%99t+el%C9%99sin\"");
	}

	@Test
	void anOverLongSearchIsRefusedInTheVisitorsLanguage() {
		String tooLong = "a".repeat(WallSearch.MAX_LENGTH + 1);
		assertThat(this.mvc.get().uri("/tributes?lang=en&q=" + tooLong)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("A search can be at most 100 characters long");
		assertThat(this.mvc.get().uri("/tributes?lang=ru&q=" + tooLong)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("не более 100 символов");
		assertThat(this.mvc.get().uri("/tributes?q=" + "a".repeat(WallSearch.MAX_LENGTH))).hasStatus(HttpStatus.OK);
	}

}
