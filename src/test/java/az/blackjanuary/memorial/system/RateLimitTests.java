package az.blackjanuary.memorial.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood from one address is answered with 429 and when to come back; nothing of it is
 * stored.
 */
@RateLimitedSite
class RateLimitTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * Time only moves forward in this shared context, whose limits are kept per client:
	 * each test starts an hour after the last, with every limit fresh.
	 */
	@BeforeEach
	void anHourOfItsOwn() {
		this.clock.set(this.clock.instant().plus(Duration.ofHours(1)));
	}

	@Test
	void theFourthTributeInAMinuteIsRefusedWithRetryAfterAndNotStored() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(post(visitor, "flood " + i).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = post(visitor, "flood 3");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(refused.body()).contains("Too many requests").contains("class=\"site-header\"");
		assertThat(stored("flood 3")).isZero();

		// A minute later the client may post again.
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(post(visitor, "flood 4").statusCode()).isEqualTo(302);
	}

	@Test
	void carnationsHaveTheirOwnLimit() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(visitor.submit("/?lang=en", "/carnations", Map.of()).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = visitor.submit("/?lang=ru", "/carnations", Map.of());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Слишком много запросов");
	}

	@Test
	void theApiSharesTheFormsLimitAndAnswersInJson() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		for (int i = 0; i < 3; i++) {
			post(visitor, "form then api " + i);
		}
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/tributes"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"form then api 3\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(stored("form then api 3")).isZero();
	}

	@Test
	void aForgedForwardedForHeaderDoesNotEscapeTheLimit() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		for (int i = 0; i < 3; i++) {
			post(visitor, "forged " + i);
		}
		HttpResponse<String> refused = visitor.submit("/tributes", "/tributes?lang=en", Map.of("message", "forged 3"),
				Map.of("X-Forwarded-For", "203.0.113.9"));
		assertThat(refused.statusCode()).isEqualTo(429);
	}

	@Test
	void aFloodersOversizedBodyIsNotReadForTheirErrorPage() throws Exception {
		SiteClient flooder = new SiteClient(this.port);
		for (int i = 0; i < 3; i++) {
			post(flooder, "before the flood " + i);
		}
		HttpResponse<String> refused = flooder.postWithoutLength("/tributes?lang=en", "message=" + "a".repeat(70_000));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many requests").contains("class=\"site-header\"");
	}

	@Test
	void signInsAreLimitedBeforeTheyAreTriedSoGuessesNeitherRunFastNorFillTheAuditLog() throws Exception {
		SiteClient guesser = new SiteClient(this.port);
		String username = "guessed-" + java.util.UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			assertThat(guesser.submit("/login", "/login", Map.of("username", username, "password", "guess " + i))
				.statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = guesser.submit("/login?lang=en", "/login",
				Map.of("username", username, "password", "guess 4"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many requests");
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Integer.class, username))
			.isEqualTo(4);
	}

	@Test
	void reportsAuthorsChangesAndAnyOtherPublicPostHaveLimitsToo() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String page = visitor.get("/tributes").body();
		Map<String, List<String>> limited = Map.of("reports", List.of("/tributes/1/report", "/tributes/2/report"),
				"changes and removals from an author's page",
				List.of("/tributes/yours/a-key-" + UUID.randomUUID(), "/tributes/yours/a-key/removal"),
				"posts to any other public address", List.of("/logout", "/no/such/form"));
		limited.forEach((what, paths) -> {
			try {
				for (String path : paths) {
					assertThat(visitor.post(path, SiteClient.formFields(page, Map.of())).statusCode()).as(what)
						.isNotEqualTo(429);
				}
				HttpResponse<String> refused = visitor.post(paths.get(0) + "?lang=en",
						SiteClient.formFields(page, Map.of()));
				assertThat(refused.statusCode()).as(what).isEqualTo(429);
				assertThat(refused.headers().firstValue("Retry-After")).as(what).isPresent();
			}
			catch (Exception failed) {
				throw new AssertionError(what, failed);
			}
		});
	}

	private HttpResponse<String> post(SiteClient visitor, String message) throws Exception {
		return visitor.submit("/tributes", "/tributes?lang=en", Map.of("message", message));
	}

	private int stored(String message) {
		return this.jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message);
	}

}
