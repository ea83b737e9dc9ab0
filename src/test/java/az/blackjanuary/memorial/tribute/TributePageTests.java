package az.blackjanuary.memorial.tribute;

import java.time.Instant;
import java.util.UUID;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;

@MemorialSiteTest
class TributePageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TributeRepository tributes;

	@BeforeEach
	void emptyTheWall() {
		this.tributes.deleteAll();
	}

	@Test
	void anApprovedTributeHasItsOwnPageWithItsWordsSignatureDayAndWayBackToTheWall() {
		String message = "Unutmarıq " + UUID.randomUUID();
		Instant posted = Instant.parse("2026-01-20T09:00:00Z");
		long id = tribute(message).by("Aysel Məmmədova")
			.from("Bakı")
			.in(Language.AZ)
			.postedAt(posted)
			.approved()
			.saveIn(this.tributes);
		String cursor = new WallCursor(posted, id + 1).toString();
		assertThat(this.mvc.get().uri("/tributes/" + id + "?lang=en")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains(message, "Aysel Məmmədova", "Bakı", "20 January 2026")
			.contains("href=\"/tributes?before=" + cursor + "#tribute-" + id + "\"")
			.contains("readonly", "value=\"http://localhost:8080/tributes/" + id + "\"")
			.contains("mailto:?subject=")
			.doesNotContain("<script src");
		assertThat(this.mvc.get().uri("/tributes/" + id + "?lang=ru")).bodyText().contains("20 января 2026");
	}

	@Test
	void theWallLinksEachTributeToItsPageAndThatLinkLeadsBackToAPageStartingWithIt() {
		long older = tribute("Older words").postedAt(Instant.parse("2026-01-19T09:00:00Z"))
			.approved()
			.saveIn(this.tributes);
		long newer = tribute("Newer words").postedAt(Instant.parse("2026-01-20T09:00:00Z"))
			.approved()
			.saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes?lang=en")).bodyText()
			.contains("id=\"tribute-" + older + "\"", "href=\"/tributes/" + older + "\"",
					"href=\"/tributes/" + newer + "\"");
		String back = new WallCursor(Instant.parse("2026-01-19T09:00:00Z"), older + 1).toString();
		assertThat(this.mvc.get().uri("/tributes?before=" + back)).bodyText()
			.contains("Older words")
			.doesNotContain("Newer words");
	}

	@Test
	void theSignatureFollowsTheAuthorsChoice() {
		Tribute initials = tribute("Signed with initials").by("Aysel Məmmədova").approved().build();
		initials.showName(NameShown.INITIALS);
		long id = this.tributes.save(initials).id();
		assertThat(this.mvc.get().uri("/tributes/" + id + "?lang=en")).bodyText()
			.contains("A. M.")
			.doesNotContain("Məmmədova");
	}

	@Test
	void unknownPendingAndRejectedTributesAreNotFound() {
		long pending = tribute("Waiting").saveIn(this.tributes);
		long rejected = tribute("Refused").rejected().saveIn(this.tributes);
		for (long id : new long[] { pending, rejected, pending + rejected + 1000 }) {
			assertThat(this.mvc.get().uri("/tributes/" + id)).hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.doesNotContain("Waiting", "Refused");
		}
	}

	@Test
	void aTributeItsAuthorRemovedIsGoneWithACalmPageInTheVisitorsLanguage() {
		Tribute removed = tribute("Removed words").approved().build();
		removed.removeByAuthor(Instant.now());
		long id = this.tributes.save(removed).id();
		assertThat(this.mvc.get().uri("/tributes/" + id + "?lang=en")).hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("This tribute has been removed");
		assertThat(this.mvc.get().uri("/tributes/" + id + "?lang=az")).hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("Bu xatirə sözü silinib");
	}

}
