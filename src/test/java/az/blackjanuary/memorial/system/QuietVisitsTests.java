package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visit leaves behind and where it leads: the CSRF cookie stays on this site's own
 * requests, redirects never name the host a client claimed, and only a sign-in makes a
 * server session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuietVisitsTests {

	private static final Pattern CSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theCsrfCookieIsSentOnlyWithTheSitesOwnRequests() throws Exception {
		HttpResponse<String> wall = new SiteClient(this.port).get("/tributes");
		assertThat(wall.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
	}

	@Test
	void redirectsNameNoHostEvenWhenTheHostHeaderIsForged() throws Exception {
		for (String path : List.of("/admin", "/admin/releases", "/admin/tributes")) {
			RawHttp.Answer toSignIn = RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1", "Host: evil.example");
			assertThat(toSignIn.status()).as(path).isEqualTo(302);
			assertThat(toSignIn.header("Location")).as(path).contains("/login");
		}
		RawHttp.Answer signInPage = RawHttp.exchange(this.port, "GET /login HTTP/1.1", "Host: evil.example");
		String cookie = find(CSRF_COOKIE, signInPage.headers().get("set-cookie").toString());
		String token = find(CSRF_FIELD, signInPage.body());
		String form = "username=admin&password=first-admin-password&_csrf=" + token;
		RawHttp.Answer signedIn;
		try (RawHttp editor = new RawHttp(this.port)) {
			signedIn = editor
				.send("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: XSRF-TOKEN=" + cookie
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
						+ "\r\nConnection: close\r\n\r\n" + form)
				.answer();
		}
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).contains("/admin");
	}

	@Test
	void anonymousVisitsToTheEditorsAreaAndTheSignInPageStoreNoSession() throws Exception {
		int before = sessions();
		SiteClient visitor = new SiteClient(this.port);
		for (String path : List.of("/admin", "/admin/releases", "/admin/tributes", "/login")) {
			HttpResponse<String> visit = visitor.get(path);
			assertThat(visit.headers().allValues("Set-Cookie")).as(path).noneMatch((set) -> set.startsWith("SESSION="));
		}
		HttpResponse<String> wrongPassword = visitor.submit("/login", "/login",
				Map.of("username", "someone-unknown", "password", "not the password"));
		assertThat(wrongPassword.statusCode()).as("the sign-in page again, refused").isEqualTo(401);
		assertThat(wrongPassword.headers().allValues("Set-Cookie")).noneMatch((set) -> set.startsWith("SESSION="));
		assertThat(sessions()).isEqualTo(before);

		// Only signing in makes one.
		visitor.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		assertThat(sessions()).isEqualTo(before + 1);
	}

	private int sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

}
