package az.blackjanuary.memorial.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language cookie that is not a language at all is ignored: it breaks neither pages,
 * the API nor health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LanguageCookieTests {

	@LocalServerPort
	private int port;

	@Test
	void aMalformedLanguageCookieIsIgnoredOnPagesTheApiAndHealth(CapturedOutput log) throws Exception {
		RawHttp.Answer page = get("/tributes", "text/html", "en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"en\"");
		assertThat(get("/", "text/html", null).body()).contains("<html lang=\"az\"");
		RawHttp.Answer api = get("/api/v1/releases", "application/json", null);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("\"releases\"");
		RawHttp.Answer health = get("/actuator/health", "application/json", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(log).doesNotContain("invalid locale cookie").doesNotContain("IllegalStateException");
	}

	@Test
	void aLanguageChosenAfterwardsReplacesTheMalformedCookie() throws Exception {
		RawHttp.Answer switched = get("/?lang=ru", "text/html", null);
		assertThat(switched.status()).isEqualTo(200);
		assertThat(switched.body()).contains("<html lang=\"ru\"");
		assertThat(switched.headers().get("set-cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("lang=ru;"));
	}

	private RawHttp.Answer get(String path, String accept, String acceptLanguage) throws Exception {
		return RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1", "Host: 127.0.0.1", "Accept: " + accept,
				"Cookie: lang=en%20",
				(acceptLanguage != null) ? "Accept-Language: " + acceptLanguage : "Accept-Language: az");
	}

}
