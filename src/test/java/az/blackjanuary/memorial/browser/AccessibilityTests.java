package az.blackjanuary.memorial.browser;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds nothing on any page, on a phone's width and on a desktop's. */
class AccessibilityTests extends BrowserSuite {

	@Autowired
	private JdbcTemplate jdbc;

	private String authorsPage;

	@BeforeAll
	void leaveTributes() throws Exception {
		this.authorsPage = SitePages.leaveTributes(this.port, this.jdbc);
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("publicPages")
	void everyPublicPageIsAccessible(String path, int width) {
		this.browser.forgetVisitor();
		Axe.assertPageAccessible(this.browser, path, width);
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("adminPages")
	void everyEditorsPageIsAccessible(String path, int width) {
		this.browser.signIn();
		Axe.assertPageAccessible(this.browser, path, width);
	}

	@ParameterizedTest(name = "at {0} px")
	@FieldSource("az.blackjanuary.memorial.browser.SitePages#WIDTHS")
	void theTributeFormShownAgainWithItsErrorsIsAccessible(int width) {
		this.browser.forgetVisitor();
		this.browser.width(width);
		this.browser.open("/tributes");
		this.browser.submitUnchecked("#leave form");
		assertThat(this.browser.find("#message").getDomAttribute("aria-invalid")).isEqualTo("true");
		Axe.assertNoViolations(this.browser.driver(), "/tributes with an empty message at " + width + " px");
	}

	@ParameterizedTest(name = "at {0} px")
	@FieldSource("az.blackjanuary.memorial.browser.SitePages#WIDTHS")
	void theAuthorsPrivatePageIsAccessible(int width) {
		this.browser.forgetVisitor();
		this.browser.width(width);
		this.browser.open(this.authorsPage);
		assertThat(this.browser.find("#private-link").getText()).endsWith(this.browser.path());
		Axe.assertNoViolations(this.browser.driver(), "the author's page at " + width + " px");
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("confirmations")
	void theStepsBeforeReportingOrRemovingATributeAreAccessible(String path, int width) {
		this.browser.forgetVisitor();
		Axe.assertPageAccessible(this.browser, path, width);
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("tributePages")
	void aTributesOwnPageAndTheSearchedWallAreAccessible(String path, int width) {
		this.browser.forgetVisitor();
		this.browser.width(width);
		this.browser.open(path);
		Axe.assertNoViolations(this.browser.driver(), path + " at " + width + " px");
	}

	Stream<Arguments> tributePages() {
		return withWidths(SitePages.tributePages(this.jdbc).stream());
	}

	Stream<Arguments> confirmations() {
		return withWidths(SitePages.confirmations(this.jdbc, this.authorsPage).stream());
	}

	Stream<Arguments> publicPages() {
		return withWidths(SitePages.PUBLIC.stream());
	}

	Stream<Arguments> adminPages() {
		return withWidths(SitePages.admin(this.jdbc).stream());
	}

	private static Stream<Arguments> withWidths(Stream<String> paths) {
		return paths.flatMap((path) -> SitePages.WIDTHS.stream().map((width) -> Arguments.of(path, width)));
	}

}
