package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors on a real server, where the servlet container renders them: always the site's
 * own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anUnknownRouteIsTheSitesOwnNotFoundPageInTheVisitorsLanguage() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		HttpResponse<String> english = visitor.get("/no/such/page?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("<h1>Page not found</h1>")
			.contains("class=\"site-header\"")
			.contains("href=\"/\"")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
		HttpResponse<String> russian = visitor.get("/releases/no-such-release?lang=ru");
		assertThat(russian.statusCode()).isEqualTo(404);
		assertThat(russian.body()).contains("<html lang=\"ru\"").contains("Страница не найдена");
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefusedWithTheSitesOwnPage() throws Exception {
		HttpResponse<String> refused = new SiteClient(this.port).post("/carnations?lang=en", Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("The form has expired").doesNotContain("Whitelabel");
	}

	@Test
	void aTributeSentWithoutAValidTokenComesBackWithItsWordsAndIsStoredOnlyWhenSentAgain() throws Exception {
		String words = "Words kept " + UUID.randomUUID();
		// A browser that lost its token cookie, or never had one.
		SiteClient visitor = new SiteClient(this.port);
		HttpResponse<String> refused = visitor.post("/tributes?lang=en", Map.of("message", words, "name", "Aysel",
				"place", "Bakı", "nameShown", "INITIALS", "ticket", "a-ticket", "_csrf", "forged"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("This form had expired. Your text is kept below")
			.contains(">" + words + "</textarea>")
			.contains("value=\"Aysel\"")
			.contains("value=\"Bakı\"")
			.containsPattern("value=\"INITIALS\"[^>]*checked")
			.doesNotContain("a-ticket");
		assertThat(stored(words)).isZero();

		// With the token and ticket the page came back with, the same words are received.
		HttpResponse<String> sentAgain = visitor.post("/tributes?lang=en",
				SiteClient.formFields(refused.body(), Map.of("message", words, "name", "Aysel")));
		assertThat(sentAgain.statusCode()).isEqualTo(302);
		assertThat(stored(words)).isOne();
	}

	@Test
	void anAddressTheFirewallRefusesGetsTheSitesPageLinkingHomeWithTheSameHeadersAsEveryPage() throws Exception {
		Map<String, String> everyPage = securityHeaders(raw("/?lang=en", "text/html"));
		for (String address : List.of("//evil.example/x?lang=en", "/releases/../admin",
				"/tributes;jsessionid=1?lang=en")) {
			RawHttp.Answer refused = raw(address, "text/html");
			assertThat(refused.status()).as(address).isEqualTo(400);
			assertThat(refused.body()).as(address)
				.contains("class=\"site-header\"")
				.contains("href=\"/?lang=az\"")
				.contains("href=\"/?lang=ru\"")
				.doesNotContain("evil.example")
				.doesNotContain("jsessionid");
			assertThat(securityHeaders(refused)).as(address).isEqualTo(everyPage);
		}
	}

	@Test
	void anAddressTomcatRefusesItselfCarriesTheSameHeadersAsEveryPage() throws Exception {
		Map<String, String> everyPage = securityHeaders(raw("/?lang=en", "text/html"));
		for (String address : List.of("/a%2fb", "/x%00", "/%2e%2e/x")) {
			RawHttp.Answer refused = raw(address, "text/html");
			assertThat(refused.status()).as(address).isEqualTo(400);
			assertThat(securityHeaders(refused)).as(address).isEqualTo(everyPage);
		}
	}

	@Test
	void aRefusalMadeBeforeSpringSecuritySawTheRequestCarriesTheSameHeadersAsEveryPage() throws Exception {
		Map<String, String> everyPage = securityHeaders(raw("/?lang=en", "text/html"));
		RawHttp.Answer tooLarge = RawHttp.exchange(this.port, "POST /tributes?lang=en HTTP/1.1", "Host: 127.0.0.1",
				"Accept: text/html", "Content-Type: application/x-www-form-urlencoded", "Content-Length: 70000");
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("class=\"site-header\"");
		assertThat(securityHeaders(tooLarge)).isEqualTo(everyPage);
	}

	@Test
	void anErrorPageLinksTheLanguagesOfAKnownRouteAndOtherwiseTheHomePage() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		HttpResponse<String> noSuchRelease = visitor.get("/releases/no-such-release?lang=en");
		assertThat(noSuchRelease.statusCode()).isEqualTo(404);
		assertThat(noSuchRelease.body()).contains("href=\"/releases/no-such-release?lang=ru\"");
		HttpResponse<String> noSuchPage = visitor.get("/no/such/page?lang=en");
		assertThat(noSuchPage.body()).contains("href=\"/?lang=ru\"").doesNotContain("/no/such/page?lang=ru");
	}

	@Test
	void theErrorPathVisitedDirectlyIsNotFound() throws Exception {
		HttpResponse<String> error = new SiteClient(this.port).get("/error?lang=en");
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("<h1>Page not found</h1>").doesNotContain("999");
	}

	@Test
	void clientsThatDoNotAskForHtmlStillGetTheSitesPageOutsideTheApi() throws Exception {
		SiteClient client = new SiteClient(this.port);
		for (String accept : List.of("*/*", "application/json")) {
			HttpResponse<String> missing = client.get("/no/such/page?lang=en", accept);
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(missing.body()).contains("<h1>Page not found</h1>").doesNotContain("\"timestamp\"");
		}
		HttpResponse<String> notAllowed = client.post("/timeline?lang=en",
				SiteClient.formFields(client.get("/tributes").body(), Map.of()), Map.of("Accept", "*/*"));
		assertThat(notAllowed.statusCode()).isEqualTo(405);
		assertThat(notAllowed.body()).contains("This action is not possible").doesNotContain("\"timestamp\"");
	}

	@Test
	void theApisErrorsAreProblemDetailsEvenWhereNoControllerAnswers() throws Exception {
		RawHttp.Answer missing = RawHttp.exchange(this.port, "GET /api/v1/no-such-thing HTTP/1.1", "Host: 127.0.0.1",
				"Accept: text/html", "Accept-Language: en");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).contains("application/problem+json");
		assertThat(missing.body()).contains("\"title\":\"Page not found\"").doesNotContain("\"timestamp\"");
		RawHttp.Answer unsupported;
		try (RawHttp client = new RawHttp(this.port)) {
			unsupported = client
				.send("POST /api/v1/tributes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
						+ "Content-Length: 5\r\nAccept-Language: en\r\nConnection: close\r\n\r\nwords")
				.answer();
		}
		assertThat(unsupported.status()).isEqualTo(415);
		assertThat(unsupported.header("Content-Type")).contains("application/problem+json");
		assertThat(unsupported.body()).contains("\"title\":\"This format is not accepted\"");
	}

	@Test
	void aBrokenCursorIsABadRequestWithoutAStackTrace() throws Exception {
		HttpResponse<String> bad = new SiteClient(this.port).get("/tributes?before=%27%20OR%201%3D1&lang=en");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("The request could not be read").doesNotContain("at az.blackjanuary");
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		HttpResponse<String> home = new SiteClient(this.port).get("/");
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	/**
	 * The headers that keep a page from being framed, sniffed or leaking where it was
	 * read.
	 */
	private static Map<String, String> securityHeaders(RawHttp.Answer answer) {
		Map<String, String> headers = new TreeMap<>();
		for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Permissions-Policy", "X-XSS-Protection")) {
			headers.put(name, answer.header(name).orElse(null));
		}
		return headers;
	}

	private RawHttp.Answer raw(String address, String accept) throws Exception {
		return RawHttp.exchange(this.port, "GET " + address + " HTTP/1.1", "Host: 127.0.0.1", "Accept: " + accept);
	}

	private int stored(String message) {
		return this.jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message);
	}

}
