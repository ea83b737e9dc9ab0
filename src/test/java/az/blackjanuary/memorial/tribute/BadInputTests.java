package az.blackjanuary.memorial.tribute;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the wall answers to bodies too large, bytes that are not UTF-8 and text that hides
 * itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aBodyOverSixtyFourKibibytesIs413InTheVisitorsLanguage() throws Exception {
		String marker = "huge " + UUID.randomUUID();
		HttpResponse<String> refused = new SiteClient(this.port).submit("/tributes", "/tributes?lang=en",
				Map.of("message", marker + "a".repeat(70_000)));
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("What was sent is too large").doesNotContain("Exception");
		assertThat(stored(marker + "%")).isZero();
	}

	@Test
	void aHugeBodyWithoutALengthIsNotStoredEither() throws Exception {
		String marker = "chunked " + UUID.randomUUID();
		HttpResponse<String> refused = new SiteClient(this.port).postWithoutLength("/tributes",
				"message=" + marker + "a".repeat(200_000));
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(stored(marker + "%")).isZero();
	}

	@Test
	void bytesThatAreNotUtf8Are400() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String page = visitor.get("/tributes?lang=en").body();
		String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String ticket = page.replaceAll("(?s).*name=\"ticket\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> refused = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/tributes?lang=en"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers
					.ofString("_csrf=" + csrf + "&ticket=" + ticket + "&message=broken%C3%28text"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(stored("broken%")).isZero();
	}

	@Test
	void bytesThatAreNotUtf8InTheAddressOrInABodyWithoutALengthAre400NotTooLarge() throws Exception {
		HttpResponse<String> address = new SiteClient(this.port).get("/tributes?lang=en&x=%ff");
		assertThat(address.statusCode()).isEqualTo(400);
		assertThat(address.body()).contains("The request could not be read");

		HttpResponse<String> chunked = new SiteClient(this.port).postWithoutLength("/tributes?lang=en",
				"message=chunked%C3%28broken");
		assertThat(chunked.statusCode()).isEqualTo(400);
		assertThat(stored("chunked%broken%")).isZero();
	}

	@Test
	void aLineBreakCountsAsOneCharacterAsTheVisitorSeesIt() throws Exception {
		String marker = UUID.randomUUID().toString();
		String message = marker + "\r\n" + "a".repeat(1000 - marker.length() - 5) + "\r\nend";
		assertThat(message.replace("\r\n", "\n")).hasSize(1000);
		HttpResponse<String> posted = new SiteClient(this.port).submit("/tributes", "/tributes?lang=en",
				Map.of("message", message));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select message from tribute where message like ?", String.class,
				marker + "%"))
			.isEqualTo(message.replace("\r\n", "\n"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\u0000inside", "bell\u0007", "reversed \u202Etxet", "isolate \u2066x\u2069",
			"zero\u200B\u200Bwidth", "zero width space\u200B", "byte order\uFEFFmark" })
	void invisibleCharactersAreRefusedWithAMessageAndNothingIsStored(String hiding) throws Exception {
		String message = UUID.randomUUID() + " " + hiding;
		HttpResponse<String> refused = new SiteClient(this.port).submit("/tributes", "/tributes?lang=en",
				Map.of("message", message));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("The text contains invisible control characters");
		assertThat(stored(message)).isZero();
	}

	@Test
	void lineBreaksTabsAndEmojiSequencesArePlainText() throws Exception {
		String message = UUID.randomUUID() + " Ailə 👨‍👩‍👧\nİkinci sətir\tvə tab";
		HttpResponse<String> accepted = new SiteClient(this.port).submit("/tributes", "/tributes",
				Map.of("message", message));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(stored(message.replace("\n", "\r\n"))).as("browsers send line breaks as CRLF").isEqualTo(0);
		assertThat(this.jdbc.queryForObject("select count(*) from tribute where message like ?", Integer.class,
				message.substring(0, 36) + "%"))
			.isEqualTo(1);
	}

	private int stored(String like) {
		return this.jdbc.queryForObject("select count(*) from tribute where message like ?", Integer.class, like);
	}

}
