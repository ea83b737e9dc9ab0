package az.blackjanuary.memorial.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import az.blackjanuary.memorial.system.SettableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import az.blackjanuary.memorial.system.SettableClockConfig;
import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public pages served from memory: rendered once and then served as they were until
 * their short life ends or an editor changes something, per language, to visitors only,
 * with each visitor's own CSRF token and form ticket, every security header and entity
 * tags. The clock stands still unless a test moves it, so a page's life ends only when a
 * test says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "memorial.page-cache.enabled=true")
@Import(SettableClockConfig.class)
class PageCacheTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

	/** Headers that belong to one response, not to the page. */
	private static final Set<String> PER_RESPONSE = Set.of("date", "set-cookie", "content-length", "etag");

	private static final Map<String, String> ANY = Map.of("Accept", "*/*");

	@LocalServerPort
	int port;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPageIsServedAsRenderedUntilItsLifeEnds() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String before = visitor.get("/tributes?lang=en").body();
		String message = approvedBehindTheSitesBack();
		String during = visitor.get("/tributes?lang=en").body();
		assertThat(during).doesNotContain(message);
		assertThat(withoutOwnValues(before, during)).isEqualTo(before);

		this.clock.set(this.clock.instant().plusSeconds(5));
		assertThat(visitor.get("/tributes?lang=en").body()).contains(message);
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		assertThat(visitor.get("/timeline?lang=en").body()).contains("lang=\"en\"");
		assertThat(visitor.get("/timeline?lang=ru").body()).contains("lang=\"ru\"");
		assertThat(visitor.get("/timeline?lang=az").body()).contains("lang=\"az\"");
		HttpResponse<String> switched = visitor.get("/timeline?lang=ru");
		assertThat(switched.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("lang=ru"));
		assertThat(visitor.get("/timeline").body()).as("the cookie remembers the language").contains("lang=\"ru\"");
		assertThat(new SiteClient(this.port).get("/timeline").body()).as("a first visit is in Azerbaijani")
			.contains("lang=\"az\"");
	}

	@Test
	void signedInEditorsAndPagesWithNoticesAreNeverServedFromTheCache() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		visitor.get("/tributes?lang=en");
		String message = approvedBehindTheSitesBack();
		assertThat(visitor.get("/tributes?lang=en").body()).doesNotContain(message);

		SiteClient editor = new SiteClient(this.port);
		editor.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		assertThat(editor.get("/tributes?lang=en").body()).contains(message);
		assertThat(visitor.get("/tributes?lang=en&reported").body()).contains(message);
	}

	@Test
	void anEditorsChangeEmptiesTheCacheAtOnce() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String message = "Approved by a moderator " + UUID.randomUUID();
		assertThat(visitor.submit("/tributes", "/tributes", Map.of("message", message)).statusCode()).isEqualTo(302);
		visitor.get("/tributes?lang=en");
		long id = this.jdbc.sql("SELECT id FROM tribute WHERE message = ?").param(message).query(Long.class).single();

		SiteClient moderator = new SiteClient(this.port);
		moderator.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		moderator.submit("/admin/tributes", "/admin/tributes",
				Map.of("id", String.valueOf(id), "decision", "APPROVED"));
		assertThat(visitor.get("/tributes?lang=en").body()).contains(message);
	}

	@Test
	void aScheduledReleaseAppearsOnTheCachedPagesAtItsTime() throws Exception {
		SiteClient editor = new SiteClient(this.port);
		editor.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		String title = "Scheduled statement " + UUID.randomUUID();
		String release = editor
			.submit("/admin/releases/new", "/admin/releases",
					Map.of("commemoratedOn", "2026-01-20", "texts[en].title", title, "texts[en].body", "We remember."))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		LocalDateTime inAnHour = LocalDateTime.now(this.clock).plusHours(1);
		editor.submit(release, release + "/schedule",
				Map.of("publishAt", inAnHour.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)));

		SiteClient visitor = new SiteClient(this.port);
		assertThat(visitor.get("/?lang=en").body()).doesNotContain(title);
		assertThat(visitor.get("/releases?lang=en").body()).doesNotContain(title);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(59)));
		assertThat(visitor.get("/?lang=en").body()).doesNotContain(title);

		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(visitor.get("/?lang=en").body()).contains(title);
		assertThat(visitor.get("/releases?lang=en").body()).contains(title);
	}

	@Test
	void everyResponseFromACachedPageCarriesTheVisitorsOwnTokenAndTicket() throws Exception {
		SiteClient one = new SiteClient(this.port);
		SiteClient another = new SiteClient(this.port);
		String first = one.get("/tributes?lang=en").body();
		String second = another.get("/tributes?lang=en").body();
		String again = one.get("/tributes?lang=en").body();
		assertThat(ticketOf(first)).isNotEqualTo(ticketOf(second)).isNotEqualTo(ticketOf(again));
		assertThat(csrfOf(first)).isNotEqualTo(csrfOf(second));

		String message = "Sent from a cached page " + UUID.randomUUID();
		HttpResponse<String> sent = another.post("/tributes",
				SiteClient.formFields(another.get("/tributes?lang=en").body(), Map.of("message", message)));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/tributes/yours/"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tribute WHERE message = ?")
			.param(message)
			.query(Long.class)
			.single()).isEqualTo(1);

		HttpResponse<String> laid = one.post("/carnations",
				SiteClient.formFields(one.get("/?lang=en").body(), Map.of()));
		assertThat(laid.statusCode()).isEqualTo(302);
		HttpResponse<String> forged = one.post("/carnations",
				SiteClient.formFields(another.get("/?lang=en").body(), Map.of()));
		assertThat(forged.statusCode()).as("another visitor's token").isEqualTo(403);
		assertThat(one.post("/carnations", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
	}

	@Test
	void aVisitorWhoseTokenCookieIsOfAnyLengthGetsThePagesAndCanPostFromThem() throws Exception {
		// A token whose masked form ends in Base64 padding: any cookie a browser kept, or
		// one of another length, is masked so.
		Map<String, String> oddCookie = Map.of("Accept", "text/html", "Cookie", "XSRF-TOKEN=abcd");
		SiteClient visitor = new SiteClient(this.port);
		for (String page : new String[] { "/?lang=en", "/tributes?lang=en" }) {
			HttpResponse<byte[]> answer = visitor.getBytes(page, oddCookie);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(csrfOf(new String(answer.body(), StandardCharsets.UTF_8))).as(page).endsWith("=");
		}
		String home = new String(visitor.getBytes("/?lang=en", oddCookie).body(), StandardCharsets.UTF_8);
		HttpResponse<String> laid = visitor.post("/carnations", SiteClient.formFields(home, Map.of()),
				Map.of("Cookie", "XSRF-TOKEN=abcd"));
		assertThat(laid.statusCode()).isEqualTo(302);
	}

	@Test
	void aCachedPageKeepsEveryHeaderOfTheRenderedOne() throws Exception {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(1)));
		for (String page : new String[] { "/timeline?lang=en", "/?lang=en", "/tributes?lang=en", "/feed.atom",
				"/sitemap.xml" }) {
			SiteClient visitor = new SiteClient(this.port);
			HttpResponse<byte[]> rendered = visitor.getBytes(page, ANY);
			HttpResponse<byte[]> cached = visitor.getBytes(page, ANY);
			HttpResponse<byte[]> uncached = visitor.getBytes(page + (page.contains("?") ? "&" : "?") + "utm=x", ANY);
			assertThat(cached.statusCode()).isEqualTo(200);
			assertThat(headersOf(cached)).as(page).isEqualTo(headersOf(rendered)).isEqualTo(headersOf(uncached));
			assertThat(cached.headers().firstValue("ETag")).isPresent();
			assertThat(headersOf(cached)).containsKeys("content-security-policy", "x-frame-options",
					"x-content-type-options", "referrer-policy", "permissions-policy", "cache-control");
		}
	}

	@Test
	void aPageServedFromTheCacheIsCountedUnderItsRouteInTheMetrics() throws Exception {
		String release = this.jdbc.sql("SELECT slug FROM anniversary_release WHERE slug LIKE '2022-%'")
			.query(String.class)
			.single();
		SiteClient visitor = new SiteClient(this.port);
		// A request is timed once its answer is sent, so each count may follow a moment
		// later.
		double rendered = servedUnder("/releases/{slug}") + 1;
		visitor.get("/releases/" + release + "?lang=en");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(servedUnder("/releases/{slug}")).isEqualTo(rendered));
		for (int i = 0; i < 3; i++) {
			assertThat(visitor.get("/releases/" + release + "?lang=en").statusCode()).isEqualTo(200);
		}
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(servedUnder("/releases/{slug}") - rendered).isEqualTo(3));
	}

	private double servedUnder(String route) {
		Timer timer = this.meters.find("http.server.requests").tag("uri", route).tag("status", "200").timer();
		return (timer != null) ? timer.count() : 0;
	}

	@Test
	void aCachedPageIsSentGzippedToThoseWhoAcceptIt() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String plain = visitor.get("/tributes?lang=en").body();
		HttpResponse<byte[]> zipped = visitor.getBytes("/tributes?lang=en", Map.of("Accept-Encoding", "gzip"));
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.headers().firstValue("Vary"))
			.hasValueSatisfying((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		assertThat(zipped.headers().firstValueAsLong("Content-Length")).hasValue(zipped.body().length);
		String unzipped = gunzip(zipped.body());
		assertThat(unzipped).isEqualTo(withoutOwnValues(unzipped, plain));
		assertThat(ticketOf(unzipped)).isNotEqualTo(ticketOf(plain));
		HttpResponse<byte[]> refused = visitor.getBytes("/tributes?lang=en",
				Map.of("Accept-Encoding", "br, gzip; q=0"));
		assertThat(refused.headers().firstValue("Content-Encoding")).as("gzip refused").isEmpty();
	}

	@Test
	void aVisitorsCurrentCopyIsAnswered304() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		for (String page : new String[] { "/timeline?lang=en", "/releases", "/?lang=en", "/feed.atom", "/sitemap.xml",
				"/api/v1/releases", "/api/v1/timeline", "/timeline?lang=en&utm=x" }) {
			visitor.getBytes(page, ANY);
			HttpResponse<byte[]> first = visitor.getBytes(page, ANY);
			String etag = first.headers()
				.firstValue("ETag")
				.orElseThrow(() -> new AssertionError("no ETag on " + page));
			HttpResponse<byte[]> again = visitor.getBytes(page, Map.of("Accept", "*/*", "If-None-Match", etag));
			assertThat(again.statusCode()).as(page).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(visitor.getBytes(page, Map.of("Accept", "*/*", "If-None-Match", "\"other\"")).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void aTributesOwnPageIsCachedLikeTheWallAndGoesWhenItIsNoLongerOnIt() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String message = approvedBehindTheSitesBack();
		long id = this.jdbc.sql("SELECT id FROM tribute WHERE message = ?").param(message).query(Long.class).single();
		String page = "/tributes/" + id + "?lang=en";
		assertThat(visitor.get(page).body()).contains(message);
		String etag = visitor.getBytes(page, ANY).headers().firstValue("ETag").orElseThrow();
		assertThat(visitor.getBytes(page, Map.of("Accept", "*/*", "If-None-Match", etag)).statusCode()).isEqualTo(304);

		this.jdbc.sql("UPDATE tribute SET status = 'REJECTED' WHERE id = ?").param(id).update();
		assertThat(visitor.get(page).statusCode()).as("served as rendered during its short life").isEqualTo(200);
		this.clock.set(this.clock.instant().plusSeconds(5));
		assertThat(visitor.get(page).statusCode()).isEqualTo(404);
	}

	/** An approved tribute put into the database directly, as another instance would. */
	private String approvedBehindTheSitesBack() {
		String message = "Approved elsewhere " + UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO tribute (message, lang, status, created_at, moderated_at) "
					+ "VALUES (?, 'en', 'APPROVED', ?, ?)")
			.params(message, this.clock.instant().atOffset(java.time.ZoneOffset.UTC),
					this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		return message;
	}

	/**
	 * The second page with the first one's token and ticket: what differs once those are
	 * set aside.
	 */
	private static String withoutOwnValues(String first, String second) {
		String result = second;
		Matcher csrf = CSRF.matcher(first);
		if (csrf.find()) {
			result = result.replace(csrfOf(second), csrf.group(1));
		}
		Matcher ticket = TICKET.matcher(first);
		if (ticket.find()) {
			result = result.replace(ticketOf(second), ticket.group(1));
		}
		return result;
	}

	private static String csrfOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private static String ticketOf(String page) {
		Matcher matcher = TICKET.matcher(page);
		assertThat(matcher.find()).as("a form ticket on the page").isTrue();
		return matcher.group(1);
	}

	private static Map<String, String> headersOf(HttpResponse<byte[]> response) {
		HttpHeaders headers = response.headers();
		Map<String, String> kept = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			if (!PER_RESPONSE.contains(name.toLowerCase()) && !name.startsWith(":")) {
				kept.put(name.toLowerCase(), String.join(", ", values));
			}
		});
		return kept;
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
