package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors on a real server, where the servlet container renders them: always the site's own page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	private int port;

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
		HttpResponse<String> refused = new SiteClient(this.port).post("/tributes?lang=en", Map.of("message", "forged"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("The form has expired").doesNotContain("Whitelabel");
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

	@Test
	void healthReportsTheDatabase() throws Exception {
		HttpResponse<String> health = new SiteClient(this.port).get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"");
	}

}
