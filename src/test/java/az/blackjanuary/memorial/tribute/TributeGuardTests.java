package az.blackjanuary.memorial.tribute;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static az.blackjanuary.memorial.tribute.TributeFormPost.formPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Exactly once, and no bots: the guards on the tribute form. */
@MemorialSiteTest
@TestPropertySource(properties = { "memorial.tribute.min-fill-time=3s", "memorial.tribute.held-words=casino" })
class TributeGuardTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private FormTickets tickets;

	@Autowired
	private SenderForgetting forgetting;

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
	void aFormSentTwiceIsStoredOnceAndBothTimesConfirmed() {
		String ticket = readTicket();
		String message = unique("Double click");
		MvcTestResult first = send(ticket, message, "192.0.2.1");
		assertThat(first).hasStatus(HttpStatus.FOUND);
		assertThat(first.getResponse().getRedirectedUrl()).startsWith("/tributes/yours/")
			.endsWith("?received#received");
		assertThat(send(ticket, message + " (edited)", "192.0.2.1")).as("the same confirmation and private link")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(first.getResponse().getRedirectedUrl());
		assertThat(stored(message)).isEqualTo(1);
		assertThat(stored(message + " (edited)")).isZero();
	}

	@Test
	void concurrentSendsOfOneFormStoreOneTribute() throws Exception {
		String ticket = readTicket();
		String message = unique("Eight at once");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> sends = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				sends.add(() -> send(ticket, message, "192.0.2.2").getResponse().getStatus());
			}
			for (Future<Integer> status : pool.invokeAll(sends)) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stored(message)).isEqualTo(1);
	}

	@Test
	void aFormSentFasterThanAPersonTypesComesBackWithTheWordsKeptInsteadOfAThankYou() {
		String ticket = this.tickets.issue();
		String message = unique("Pasted at once");
		for (String language : new String[] { "az", "en", "ru" }) {
			assertThat(send(ticket, message, "192.0.2.3", language)).as("in %s", language)
				.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyText()
				.contains(this.messages.getMessage("tribute.form.too-fast", null, Locale.forLanguageTag(language)))
				.contains(message)
				.contains(ticket)
				.doesNotContain(this.messages.getMessage("tributes.received", null, Locale.forLanguageTag(language)));
		}
		assertThat(stored(message)).isZero();
		this.clock.set(this.clock.instant().plusSeconds(5));
		assertThat(send(ticket, message, "192.0.2.3")).as("sent again, with the same form").hasStatus(HttpStatus.FOUND);
		assertThat(stored(message)).isEqualTo(1);
	}

	@Test
	void aFilledHiddenFieldMarksABotAndNothingIsStored() {
		String message = unique("Bot");
		assertThat(this.mvc.post()
			.uri("/tributes")
			.param("ticket", readTicket())
			.param("message", message)
			.param("website", "http://spam.example")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(stored(message)).isZero();
	}

	@Test
	void aForgedOrMissingTicketKeepsTheTextAndAsksToSendAgain() {
		String message = unique("Forged ticket");
		for (String ticket : new String[] { null, "1.abc.def", "garbage" }) {
			var request = this.mvc.post().uri("/tributes?lang=en").param("message", message).with(csrf());
			if (ticket != null) {
				request = request.param("ticket", ticket);
			}
			assertThat(request).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyText()
				.contains("This form had expired. Your text is kept below")
				.contains(message);
		}
		assertThat(stored(message)).isZero();
	}

	@Test
	void theSameMessageFromTheSameSenderWithinADayIsStoredOnce() {
		String message = unique("Said twice");
		send(readTicket(), message, "192.0.2.4");
		send(readTicket(), message, "192.0.2.4");
		assertThat(stored(message)).isEqualTo(1);
		send(readTicket(), message, "198.51.100.4");
		assertThat(stored(message)).as("another sender may say the same").isEqualTo(2);
		this.clock.set(this.clock.instant().plus(Duration.ofDays(2)));
		send(readTicket(), message, "192.0.2.4");
		assertThat(stored(message)).as("and the same sender, another day").isEqualTo(3);
	}

	@Test
	void linksAndListedWordsAreHeldWithAFlag() {
		String link = unique("Visit www.example.com");
		String word = unique("Best CASINO here");
		String plain = unique("Rəhmət olsun");
		send(readTicket(), link, "192.0.2.5");
		send(readTicket(), word, "192.0.2.5");
		send(readTicket(), plain, "192.0.2.5");
		assertThat(flag(link)).isEqualTo("LINK");
		assertThat(flag(word)).isEqualTo("HELD_WORD");
		assertThat(flag(plain)).isNull();
		assertThat(this.mvc.get()
			.uri("/admin/tributes?lang=en")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("moderator")
				.roles("MODERATOR")))
			.bodyText()
			.contains("Contains a link")
			.contains("Contains a listed word");
	}

	@Test
	void onlyASaltedHashOfTheSendersAddressIsKeptAndItIsForgottenAfterThirtyDays() {
		String message = unique("Remembered sender");
		send(readTicket(), message, "192.0.2.6");
		String hash = this.jdbc.queryForObject("select client_hash from tribute where message = ?", String.class,
				message);
		assertThat(hash).isNotBlank().doesNotContain("192.0.2.6");
		assertThat(
				this.jdbc.queryForObject("select count(*) from tribute where client_hash like '%192%'", Integer.class))
			.isZero();

		this.clock.set(this.clock.instant().plus(Duration.ofDays(29)));
		this.forgetting.forgetOldSenders();
		assertThat(this.jdbc.queryForObject("select client_hash from tribute where message = ?", String.class, message))
			.isEqualTo(hash);
		this.clock.set(this.clock.instant().plus(Duration.ofDays(2)));
		this.forgetting.forgetOldSenders();
		assertThat(this.jdbc.queryForObject("select client_hash from tribute where message = ?", String.class, message))
			.isNull();
	}

	/** A ticket as the form page gives it, old enough to pass the minimum time. */
	private String readTicket() {
		String ticket = this.tickets.issue();
		this.clock.set(this.clock.instant().plusSeconds(4));
		return ticket;
	}

	private MvcTestResult send(String ticket, String message, String address) {
		return send(ticket, message, address, "en");
	}

	private MvcTestResult send(String ticket, String message, String address, String language) {
		return formPost(this.mvc, ticket).in(language).from(address).message(message).send();
	}

	private int stored(String message) {
		return this.jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message);
	}

	private String flag(String message) {
		return this.jdbc.queryForObject("select flag from tribute where message = ?", String.class, message);
	}

	private static String unique(String text) {
		return text + " " + UUID.randomUUID();
	}

}
