package az.blackjanuary.memorial.tribute;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static az.blackjanuary.memorial.tribute.TributeFormPost.formPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The author of a tribute keeps control of it through a private link, without an account.
 */
@MemorialSiteTest
class AuthorControlTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private FormTickets tickets;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theAuthorIsGivenAPrivateLinkOnceAndOnlyItsHashIsStored() {
		String message = unique("Rəhmət olsun");
		String page = post(message, "Leyla", "FULL");
		String key = page.substring("/tributes/yours/".length());
		assertThat(key).hasSizeGreaterThanOrEqualTo(40);

		assertThat(this.mvc.get().uri(page + "?received&lang=en")).hasStatusOk()
			.hasHeader("Referrer-Policy", "no-referrer")
			.hasHeader("X-Robots-Tag", "noindex, nofollow")
			.bodyText()
			.contains("Keep your private link")
			.contains(page)
			.contains(message)
			.contains("Waiting for review");
		assertThat(this.mvc.get().uri(page + "?lang=en")).as("the link is offered once, right after posting")
			.bodyText()
			.doesNotContain("Keep your private link")
			.contains("Change your tribute");
		assertThat(this.mvc.get().uri(page).exchange().getResponse().getHeader("Cache-Control")).contains("no-store");

		assertThat(column("author_key_hash", message)).isEqualTo(FormTickets.hashOfAuthorKey(key)).isNotEqualTo(key);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from tribute where author_key_hash = ? or client_hash = ?
				or message like ?""", Integer.class, key, key, "%" + key + "%")).isZero();
	}

	@Test
	void aChangeWithinADayGoesBackToModerationBeforeItReturnsToTheWall() {
		String message = unique("First words");
		String page = post(message, "Leyla", "FULL");
		this.moderation.decide(List.of(id(message)), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes")).bodyText().contains(message);

		String changed = unique("Better words");
		assertThat(change(page, changed, "Leyla Həsənova", "INITIALS")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(page + "?changed#changed");
		assertThat(column("status", changed)).isEqualTo("PENDING");
		assertThat(column("author_name", changed)).isEqualTo("Leyla Həsənova");
		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain(message).doesNotContain(changed);
		assertThat(this.mvc.get().uri("/admin/tributes?lang=en").with(user("moderator").roles("MODERATOR"))).bodyText()
			.contains(changed)
			.contains("Changed by its author")
			.contains("shown as L. H.");

		this.moderation.decide(List.of(id(changed)), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes")).bodyText()
			.contains(changed)
			.contains("L. H.")
			.doesNotContain("Leyla Həsənova");
	}

	@Test
	void aChangeThatBreaksTheRulesIsRefusedWithItsReasonAndNothingChanges() {
		String message = unique("Kept words");
		String page = post(message, null, "FULL");
		assertThat(change(page, "   ", null, "FULL")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Please write your tribute.");
		assertThat(change(page, "x".repeat(1001), null, "FULL")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(change(page, "fine", null, "EVERYONE")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Please choose how your name is shown.");
		assertThat(column("message", message)).isEqualTo(message);
	}

	@Test
	void afterADayTheTributeCanNoLongerBeChangedButStillRemoved() {
		String message = unique("Late words");
		String page = post(message, null, "FULL");
		this.clock.set(this.clock.instant().plus(Duration.ofHours(24)).plusSeconds(1));
		assertThat(this.mvc.get().uri(page + "?lang=en")).bodyText()
			.contains("The time to change this tribute has passed")
			.doesNotContain("Save the changes");
		assertThat(change(page, unique("Too late"), null, "FULL")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("The time to change this tribute has passed");
		assertThat(column("message", message)).isEqualTo(message);

		long id = id(message);
		assertThat(remove(page)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(page + "?removed#removed");
		assertThat(this.jdbc.queryForObject("select status from tribute where id = ?", String.class, id))
			.isEqualTo("DELETED");
	}

	@Test
	void aRemovedTributeIsErasedLeavesAQuietPlaceholderAndNeverComesBack() {
		String message = unique("Words to remove");
		String page = post(message, "Leyla", "FULL", "192.0.2.30");
		long id = id(message);
		this.moderation.decide(List.of(id), TributeStatus.APPROVED, null);
		this.mvc.post().uri("/tributes/" + id + "/report").param("reason", "OFFENSIVE").with(csrf()).exchange();
		assertThat(
				this.jdbc.queryForObject("select count(*) from tribute_report where tribute_id = ?", Integer.class, id))
			.isOne();
		long approvedBefore = this.moderation.counts().get(TributeStatus.APPROVED);

		assertThat(remove(page)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(page + "?removed&lang=en")).hasStatusOk()
			.bodyText()
			.contains("This tribute was removed by its author.")
			.doesNotContain(message)
			.doesNotContain("Remove my tribute");
		var row = this.jdbc.queryForMap("select * from tribute where id = ?", id);
		assertThat(row.get("MESSAGE")).isEqualTo("");
		assertThat(row.get("AUTHOR_NAME")).isNull();
		assertThat(row.get("CLIENT_HASH")).isNull();
		assertThat(row.get("STATUS")).isEqualTo("DELETED");
		assertThat(
				this.jdbc.queryForObject("select count(*) from tribute_report where tribute_id = ?", Integer.class, id))
			.isZero();

		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain(message);
		assertThat(this.mvc.get().uri("/")).bodyText().doesNotContain(message);
		assertThat(this.moderation.counts()).doesNotContainKey(TributeStatus.DELETED)
			.containsEntry(TributeStatus.APPROVED, approvedBefore - 1);
		assertThat(this.mvc.get().uri("/admin/tributes?status=DELETED").with(user("moderator").roles("MODERATOR")))
			.hasStatus(HttpStatus.NOT_FOUND);
		this.moderation.decide(List.of(id), TributeStatus.APPROVED, null);
		assertThat(this.jdbc.queryForObject("select status from tribute where id = ?", String.class, id))
			.as("a moderator cannot bring it back")
			.isEqualTo("DELETED");
		assertThat(this.mvc.post().uri("/tributes/" + id + "/report").param("reason", "SPAM").with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(change(page, unique("Back again"), null, "FULL")).hasStatus(HttpStatus.GONE);
		assertThat(remove(page)).as("removing twice is harmless").hasStatus(HttpStatus.FOUND);
	}

	@Test
	void removingATributeAsksOnceAndSaysWhatWillBeErased() {
		String message = unique("Asked before removal");
		String page = post(message, "Leyla", "FULL");
		assertThat(this.mvc.get().uri(page + "?lang=en")).bodyText()
			.contains("href=\"" + page + "/removal\"")
			.as("no button on the author's page removes at once")
			.doesNotContain("action=\"" + page + "/removal\"");
		for (String language : new String[] { "az", "en", "ru" }) {
			assertThat(this.mvc.get().uri(page + "/removal?lang=" + language)).hasStatusOk()
				.hasHeader("Referrer-Policy", "no-referrer")
				.hasHeader("X-Robots-Tag", "noindex, nofollow")
				.bodyText()
				.contains(message)
				.contains(text("author.remove.confirm.text", language))
				.contains("action=\"" + page + "/removal\"")
				.contains("href=\"" + page + "\"");
		}
		assertThat(this.mvc.get().uri(page + "/removal?lang=en")).bodyText()
			.contains("Its words, the name it is signed with and any visitors")
			.contains("This cannot be undone");
		assertThat(column("status", message)).as("asking removes nothing").isEqualTo("PENDING");

		assertThat(remove(page)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(page + "?removed#removed");
		assertThat(this.mvc.get().uri(page + "/removal")).as("nothing left to ask about")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(page + "?removed#removed");
		assertThat(this.mvc.get().uri("/tributes/yours/" + UUID.randomUUID() + "/removal"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theAuthorChoosesHowTheNameShows() {
		String full = unique("Signed in full");
		String initials = unique("Signed with initials");
		String anonymous = unique("Signed with no name");
		post(full, "Aysel Məmmədova", "FULL");
		post(initials, "ilham əliyev", "INITIALS");
		post(anonymous, "Secret Person", "ANONYMOUS");
		this.moderation.decide(List.of(id(full)), TributeStatus.APPROVED, null);
		this.moderation.decide(List.of(id(initials)), TributeStatus.APPROVED, null);
		this.moderation.decide(List.of(id(anonymous)), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes?lang=en")).bodyText()
			.contains("Aysel Məmmədova")
			.as("Azerbaijani capitals: i becomes İ")
			.contains("İ. Ə.")
			.doesNotContain("ilham")
			.doesNotContain("Secret Person");
		assertThat(this.mvc.get().uri("/")).bodyText().doesNotContain("Secret Person").doesNotContain("ilham");
	}

	@Test
	void anUnknownPrivateLinkIsNotFound() {
		assertThat(this.mvc.get().uri("/tributes/yours/" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(remove("/tributes/yours/" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(change("/tributes/yours/" + UUID.randomUUID(), "words", null, "FULL"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void changingOrRemovingNeedsTheFormsCsrfToken() {
		String message = unique("Guarded words");
		String page = post(message, null, "FULL");
		assertThat(this.mvc.post().uri(page + "/removal")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(page).param("message", "forged")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(column("status", message)).isEqualTo("PENDING");
	}

	/**
	 * Posts a tribute the way the wall's form does and answers the private page it leads
	 * to.
	 */
	private String post(String message, String name, String nameShown) {
		return post(message, name, nameShown, "192.0.2.29");
	}

	private String post(String message, String name, String nameShown, String address) {
		return formPost(this.mvc, this.tickets.issue()).message(message)
			.field("nameShown", nameShown)
			.field("name", name)
			.from(address)
			.sendReceived();
	}

	private MvcTestResult change(String page, String message, String name, String nameShown) {
		MockHttpServletRequestBuilder request = this.postTo(page + "?lang=en")
			.param("message", message)
			.param("nameShown", nameShown);
		if (name != null) {
			request.param("name", name);
		}
		return this.mvc.perform(request);
	}

	private MvcTestResult remove(String page) {
		return this.mvc.perform(this.postTo(page + "/removal"));
	}

	private MockHttpServletRequestBuilder postTo(String uri) {
		return MockMvcRequestBuilders.post(uri).with(csrf());
	}

	private long id(String message) {
		return this.jdbc.queryForObject("select id from tribute where message = ?", Long.class, message);
	}

	private String column(String column, String message) {
		return this.jdbc.queryForObject("select " + column + " from tribute where message = ? order by id desc limit 1",
				String.class, message);
	}

	private String text(String code, String language) {
		return this.messages.getMessage(code, null, Locale.forLanguageTag(language)).replace("'", "&#39;");
	}

	private static String unique(String text) {
		return text + " " + UUID.randomUUID();
	}

}
