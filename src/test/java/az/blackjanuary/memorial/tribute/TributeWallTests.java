package az.blackjanuary.memorial.tribute;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static az.blackjanuary.memorial.tribute.TributeFormPost.formPost;
import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@MemorialSiteTest
class TributeWallTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private FormTickets tickets;

	@Autowired
	private SettableClock clock;

	/** Each test starts from an empty wall; the clock only ever moves forward here. */
	@BeforeEach
	void emptyTheWall() {
		this.tributes.deleteAll();
	}

	@Test
	void theWallListsTheTributesBeforeTheFormAndOneButtonLeadsToIt() throws Exception {
		String message = unique("Read first");
		tribute(message).postedAt(this.clock).approved().saveIn(this.tributes);
		String page = this.mvc.get()
			.uri("/tributes?lang=en")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int button = page.indexOf("href=\"#leave\"");
		int tribute = page.indexOf(message);
		int form = page.indexOf("id=\"leave\"");
		assertThat(button).as("one button near the top").isPositive().isLessThan(tribute);
		assertThat(tribute).as("tributes come first in reading order, the form after them").isLessThan(form);
		assertThat(page).as("a form that comes back with errors scrolls to itself")
			.contains("action=\"/tributes#leave\"");
	}

	@Test
	void aTributeIsReceivedForReviewAndTheVisitorIsToldSo() {
		String message = unique("Allah rəhmət eləsin");
		long before = this.tributes.count();
		MvcTestResult sent = this.mvc.post()
			.uri("/tributes")
			.param("ticket", ticket())
			.param("name", "Leyla")
			.param("place", "Gəncə")
			.param("message", message)
			.with(csrf())
			.exchange();
		assertThat(sent).hasStatus(HttpStatus.FOUND);
		String privatePage = sent.getResponse().getRedirectedUrl();
		assertThat(privatePage).startsWith("/tributes/yours/").endsWith("?received#received");
		assertThat(this.tributes.count()).isEqualTo(before + 1);
		Tribute stored = stored(message);
		assertThat(stored.status()).isEqualTo(TributeStatus.PENDING);
		assertThat(stored.authorName()).isEqualTo("Leyla");
		assertThat(stored.place()).isEqualTo("Gəncə");
		assertThat(this.mvc.get().uri(privatePage.replace("#received", "&lang=en"))).bodyText()
			.contains("Your tribute has been received and will appear on the wall after review.")
			.contains("Keep your private link");
	}

	@Test
	void whatIsTypedIsKeptWithoutTheSpaceAroundItAndTheNameShowsInFullUnlessChosenOtherwise() {
		String message = unique("Unutmarıq");
		assertThat(this.mvc.post()
			.uri("/tributes")
			.param("ticket", ticket())
			.param("name", "  Leyla Əliyeva ")
			.param("place", "   ")
			.param("message", "\n  " + message + "  \n")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		Tribute stored = stored(message);
		assertThat(stored.authorName()).isEqualTo("Leyla Əliyeva");
		assertThat(stored.place()).isNull();
		assertThat(stored.nameShown()).isEqualTo(NameShown.FULL);
	}

	@Test
	void aPendingTributeIsNotShownOnTheWallUntilItIsApproved() {
		String message = unique("Unutmarıq");
		post(message);
		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain(message);
		assertThat(this.mvc.get().uri("/")).bodyText().doesNotContain(message);

		this.moderation.decide(List.of(stored(message).id()), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes")).bodyText().contains(message);
		assertThat(this.mvc.get().uri("/")).bodyText().contains(message);
	}

	@Test
	void aRejectedTributeIsNeverShown() {
		String message = unique("Rejected words");
		post(message);
		this.moderation.decide(List.of(stored(message).id()), TributeStatus.REJECTED, null);
		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain(message);
	}

	@Test
	void textInEveryScriptRoundTripsExactlyAndMarkupIsShownAsText() {
		String message = unique("Şəhidlərə əbədi rəhmət 🌹 Вечная память <script>alert('x')</script> ' OR 1=1; --");
		post(message);
		Tribute stored = stored(message);
		assertThat(stored.message()).isEqualTo(message);
		this.moderation.decide(List.of(stored.id()), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes")).bodyText()
			.contains("Şəhidlərə əbədi rəhmət 🌹 Вечная память &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert('x')</script>");
	}

	@Test
	void aTributeWithoutANameIsShownAsAnonymous() {
		String message = unique("No name");
		post(message);
		this.moderation.decide(List.of(stored(message).id()), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes?lang=en")).bodyText()
			.containsSubsequence(message, "<span class=\"tribute__name\">Anonymous</span>");
	}

	@Test
	void anEmptyMessageIsRefusedInTheVisitorsLanguageAndNothingIsStored() {
		long before = this.tributes.count();
		assertThat(this.mvc.post()
			.uri("/tributes?lang=az")
			.param("ticket", ticket())
			.param("name", "Leyla")
			.param("message", "   ")
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Xatirə sözünüzü yazın.")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"message-help message-error\"")
			.contains("value=\"Leyla\"");
		assertThat(this.mvc.post().uri("/tributes?lang=en").param("ticket", ticket()).param("message", "").with(csrf()))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Please write your tribute.");
		assertThat(this.tributes.count()).isEqualTo(before);
	}

	@Test
	void anOverLongMessageIsRefusedAndKeptInTheFormForEditing() {
		long before = this.tributes.count();
		String tooLong = "ə".repeat(Tribute.MESSAGE_MAX + 1);
		assertThat(this.mvc.post()
			.uri("/tributes?lang=ru")
			.param("ticket", ticket())
			.param("message", tooLong)
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Слова памяти могут содержать не более 1000 символов.")
			.contains(tooLong);
		assertThat(this.mvc.post()
			.uri("/tributes?lang=en")
			.param("ticket", ticket())
			.param("message", "ok")
			.param("name", "n".repeat(81))
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("The name can be at most 80 characters long.");
		assertThat(this.tributes.count()).isEqualTo(before);
	}

	@Test
	void aThousandCharactersAreAllowedEvenWhenEachIsAnEmoji() {
		String emoji = unique("🌹".repeat(Tribute.MESSAGE_MAX - 40));
		post(emoji);
		assertThat(stored(emoji).message()).isEqualTo(emoji);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndNothingIsStored() {
		long before = this.tributes.count();
		assertThat(this.mvc.post().uri("/tributes").param("ticket", ticket()).param("message", "no token"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/tributes")
			.param("ticket", ticket())
			.param("message", "forged")
			.with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.tributes.count()).isEqualTo(before);
	}

	@Test
	void aVisitorCannotApproveTheirOwnTribute() {
		String message = unique("Self-approved?");
		this.mvc.post()
			.uri("/tributes")
			.param("ticket", ticket())
			.param("message", message)
			.param("status", "APPROVED")
			.with(csrf())
			.exchange();
		assertThat(stored(message).status()).isEqualTo(TributeStatus.PENDING);
	}

	@Test
	void theWallReadsNewestFirstAndPagesThroughEveryTributeOnceByCursor() throws Exception {
		// 45 approved tributes, some sharing a timestamp, so the cursor must tie-break on
		// the id.
		for (int i = 0; i < 45; i++) {
			if (i % 3 == 0) {
				this.clock.tick();
			}
			tribute("Paging tribute " + i).postedAt(this.clock).approved().saveIn(this.tributes);
		}
		List<Long> expected = this.tributes
			.newest(TributeStatus.APPROVED, org.springframework.data.domain.Limit.unlimited())
			.stream()
			.map(Tribute::id)
			.toList();

		List<Long> seen = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		String uri = "/tributes";
		while (uri != null) {
			String page = this.mvc.get().uri(uri).exchange().getResponse().getContentAsString();
			pages.add(page);
			seen.addAll(idsOn(page));
			uri = link(page, "next");
		}
		assertThat(seen).isEqualTo(expected);
		assertThat(pages.get(0)).doesNotContain("rel=\"prev\"");
		assertThat(pages.get(pages.size() - 1)).doesNotContain("rel=\"next\"");

		// And back up again, page by page, to the first page.
		String last = pages.get(pages.size() - 1);
		String previous = link(last, "prev");
		assertThat(previous).contains("after=");
		String newerPage = this.mvc.get().uri(previous).exchange().getResponse().getContentAsString();
		assertThat(idsOn(newerPage)).isEqualTo(idsOn(pages.get(pages.size() - 2)));
	}

	@Test
	void switchingLanguageOnTheWallsSecondPageStaysOnThatPage() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.clock.tick();
			tribute("Paging tribute " + i).postedAt(this.clock).approved().saveIn(this.tributes);
		}
		String second = link(this.mvc.get().uri("/tributes?lang=en").exchange().getResponse().getContentAsString(),
				"next");
		String cursor = second.substring(second.indexOf("before=") + "before=".length());
		String page = this.mvc.get().uri(second + "&lang=en").exchange().getResponse().getContentAsString();

		Matcher russian = Pattern.compile("<a href=\"([^\"]+)\" lang=\"ru\" hreflang=\"ru\"").matcher(page);
		assertThat(russian.find()).isTrue();
		assertThat(russian.group(1).replace("&amp;", "&")).isEqualTo("/tributes?lang=ru&before=" + cursor);
		assertThat(page).containsPattern(
				"<link rel=\"alternate\" hreflang=\"az\"\\s+href=\"http://localhost:8080/tributes\\?lang=az&amp;before="
						+ cursor + "\">")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/tributes?lang=en&amp;before=" + cursor
					+ "\">");

		String inRussian = this.mvc.get()
			.uri(russian.group(1).replace("&amp;", "&"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(idsOn(inRussian)).isEqualTo(idsOn(page)).isNotEmpty();
	}

	@Test
	void languageLinksKeepOnlyTheCursorAndNothingElseOfTheAddress() {
		assertThat(this.mvc.get().uri("/tributes?lang=en&utm_source=x&ref=%3Cscript%3E")).bodyText()
			.contains("href=\"/tributes?lang=ru\" lang=\"ru\"")
			.doesNotContain("utm_source", "script%3E", "&lt;script");
	}

	@Test
	void aMalformedCursorIsABadRequest() {
		assertThat(this.mvc.get().uri("/tributes?before=drop-table")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/tributes?after=99999999999999999999-1")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private void post(String message) {
		assertThat(formPost(this.mvc, ticket()).message(message).send()).hasStatus(HttpStatus.FOUND);
	}

	private String ticket() {
		return this.tickets.issue();
	}

	private Tribute stored(String message) {
		return this.tributes.findAll()
			.stream()
			.filter((tribute) -> tribute.message().equals(message))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Not stored: " + message));
	}

	private static String unique(String text) {
		return text + " " + UUID.randomUUID();
	}

	private static final Pattern PAGING_ID = Pattern.compile("Paging tribute (\\d+)");

	private List<Long> idsOn(String page) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = PAGING_ID.matcher(page);
		while (matcher.find()) {
			String message = matcher.group();
			ids.add(stored(message).id());
		}
		return ids;
	}

	private static String link(String page, String rel) {
		Matcher matcher = Pattern.compile("<a rel=\"" + rel + "\" href=\"([^\"]+)\"").matcher(page);
		return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
	}

}
