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
