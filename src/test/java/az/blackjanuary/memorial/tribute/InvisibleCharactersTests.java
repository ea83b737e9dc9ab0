package az.blackjanuary.memorial.tribute;

import java.util.Locale;
import java.util.UUID;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static az.blackjanuary.memorial.tribute.TributeFormPost.formPost;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters that show nothing can neither hide a link from the screening nor make a name
 * of nothing.
 */
@MemorialSiteTest
class InvisibleCharactersTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private FormTickets tickets;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "www.exam\u00ADple.com", "ｗｗｗ．example．com", "example．com", "example。com",
			"exam\u200Dple.com", "ex\u034Fample.c\u00ADom", "ＨＴＴＰＳ：／／evil\u00AD.example" })
	void aLinkDisguisedBySoftHyphensFullwidthDotsOrInvisibleCharactersIsStillFlagged(String link) {
		String message = UUID.randomUUID() + " " + link;
		assertThat(send("en", "message", message, "name", "Aysel")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select flag from tribute where message = ?", String.class, message))
			.isEqualTo("LINK");
		assertThat(this.jdbc.queryForObject("select message from tribute where message = ?", String.class, message))
			.as("stored as it was written")
			.isEqualTo(message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "operator\u2062between", "tags \uDB40\uDC77\uDB40\uDC77\uDB40\uDC77",
			"cancel tag \uDB40\uDC7F", "flag of nowhere \uD83C\uDFF4\uDB40\uDC65\uDB40\uDC76\uDB40\uDC7F" })
	void tagCharactersAndInvisibleOperatorsAreRefusedInTheVisitorsLanguage(String hiding) {
		String message = UUID.randomUUID() + " " + hiding;
		for (String language : new String[] { "az", "en", "ru" }) {
			assertThat(send(language, "message", message)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyText()
				.contains(text("tribute.invisible-characters", language));
		}
		assertThat(stored(message)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u3164", "\u2800\u2800", "\u115F\u1160", "\uFFA0", "\u00AD", "\u3164 \u3164", "\u200D",
			"\uDB40\uDC20\u3164" })
	void aNameOrMessageThatShowsNothingIsRefusedInTheVisitorsLanguage(String blank) {
		String message = "Blank name " + UUID.randomUUID();
		for (String language : new String[] { "az", "en", "ru" }) {
			assertThat(send(language, "message", message, "name", blank)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyText()
				.containsAnyOf(text("tribute.invisible-only", language),
						text("tribute.invisible-characters", language));
		}
		assertThat(send("en", "message", message, "name", "\u3164")).bodyText()
			.contains(text("tribute.invisible-only", "en"));
		assertThat(send("en", "message", "\u2800\u3164")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains(text("tribute.invisible-only", "en"));
		assertThat(stored(message)).isZero();
	}

	@Test
	void theApiRefusesANameThatShowsNothingWithAProblemInTheClientsLanguage() {
		var problem = assertThat(this.mvc.post()
			.uri("/api/v1/tributes")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ru")
			.content("{\"message\": \"Помним\", \"name\": \"\u3164\"}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson();
		problem.extractingPath("$.errors[?(@.field == 'name')].message")
			.asArray()
			.containsExactly(text("tribute.invisible-only", "ru"));
	}

	@Test
	void emojiFlagsMadeOfTagsAndJoinedEmojiAreStillAccepted() {
		String message = UUID.randomUUID()
				+ " \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F"
				+ " 👨‍👩‍👧 🫶🏽 Rəhmət olsun";
		assertThat(send("en", "message", message, "name", "Ayşən")).hasStatus(HttpStatus.FOUND);
		assertThat(stored(message)).isOne();
		assertThat(this.jdbc.queryForObject("select flag from tribute where message = ?", String.class, message))
			.isNull();
	}

	private MvcTestResult send(String language, String... fields) {
		TributeFormPost form = formPost(this.mvc, this.tickets.issue()).in(language);
		for (int i = 0; i < fields.length; i += 2) {
			form.field(fields[i], fields[i + 1]);
		}
		return form.send();
	}

	private String text(String code, String language) {
		return this.messages.getMessage(code, null, Locale.forLanguageTag(language));
	}

	private int stored(String message) {
		return this.jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message);
	}

}
