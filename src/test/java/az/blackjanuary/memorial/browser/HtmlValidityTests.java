package az.blackjanuary.memorial.browser;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Nu HTML Checker finds no error in any page as the server sends it. */
@BrowserTest
class HtmlValidityTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private SiteClient editor;

	private String authorsPage;

	@BeforeAll
	void leaveTributesAndSignIn() throws Exception {
		this.authorsPage = SitePages.leaveTributes(this.port, this.jdbc);
		this.editor = new SiteClient(this.port);
		HttpResponse<String> signedIn = this.editor.submit("/login", "/login",
				Map.of("username", Browser.ADMIN, "password", Browser.ADMIN_PASSWORD));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("az.blackjanuary.memorial.browser.SitePages#PUBLIC")
	void everyPublicPageIsValidHtml(String path) throws Exception {
		assertValid(new SiteClient(this.port).get(path), path);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminPages")
	void everyEditorsPageIsValidHtml(String path) throws Exception {
		assertValid(this.editor.get(path), path);
	}

	@Test
	void theTributeFormShownAgainWithItsErrorsIsValidHtml() throws Exception {
		HttpResponse<String> refused = new SiteClient(this.port).submit("/tributes", "/tributes",
				Map.of("name", "", "place", "", "message", ""));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("aria-invalid=\"true\"");
		HtmlChecker.assertNoErrors(refused.body(), "/tributes with an empty message");
	}

	@Test
	void theAuthorsPrivatePageIsValidHtml() throws Exception {
		HttpResponse<String> page = new SiteClient(this.port).get(this.authorsPage);
		assertThat(page.body()).contains("id=\"private-link\"");
		assertValid(page, this.authorsPage);
	}

	@Test
	void theStepsBeforeReportingOrRemovingATributeAreValidHtml() throws Exception {
		for (String path : SitePages.confirmations(this.jdbc, this.authorsPage)) {
			assertValid(new SiteClient(this.port).get(path), path);
		}
		String report = SitePages.confirmations(this.jdbc, this.authorsPage).get(0);
		HttpResponse<String> noReason = new SiteClient(this.port).submit(report, report, Map.of());
		assertThat(noReason.statusCode()).isEqualTo(422);
		HtmlChecker.assertNoErrors(noReason.body(), report + " sent without a reason");
	}

	@Test
	void aTributesOwnPageAndTheSearchedWallAreValidHtml() throws Exception {
		for (String path : SitePages.tributePages(this.jdbc)) {
			assertValid(new SiteClient(this.port).get(path), path);
		}
	}

	List<String> adminPages() {
		return SitePages.admin(this.jdbc);
	}

	private static void assertValid(HttpResponse<String> page, String path) throws Exception {
		assertThat(page.statusCode()).as("the status of %s", path).isEqualTo(SitePages.expectedStatus(path));
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		HtmlChecker.assertNoErrors(page.body(), path);
	}

}
