package az.blackjanuary.memorial.browser;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that show the register and pictures, with test data in place (see
 * {@link PicturedSite}): axe-core finds nothing on them at a phone's width and a
 * desktop's, and the Nu HTML Checker finds no error in them as the server sends them.
 */
class NamesAndPicturesPagesTests extends BrowserSuite {

	@Autowired
	private JdbcTemplate jdbc;

	private PicturedSite site;

	private SiteClient editor;

	@BeforeAll
	void putNamesAndPicturesInPlace() throws Exception {
		this.site = PicturedSite.create(this.port, this.jdbc);
		this.editor = new SiteClient(this.port);
		this.editor.submit("/login", "/login", Map.of("username", Browser.ADMIN, "password", Browser.ADMIN_PASSWORD));
	}

	@AfterAll
	void takeThemAway() throws Exception {
		if (this.site != null) {
			this.site.remove(this.jdbc);
		}
		Thread.sleep(1100);
		assertThat(new SiteClient(this.port).get("/names").statusCode()).as("the register is absent again")
			.isEqualTo(404);
	}

	@Test
	void thePagesShowTheNamesAndPictures() throws Exception {
		assertThat(page("/names/" + PicturedSite.PERSON_SLUG + "?lang=en")).contains("Test Pictured",
				"alt=\"Test portrait\"", "Test tribute in memory of a test entry.");
		assertThat(page("/releases/" + SitePages.SEEDED_RELEASE + "?lang=en")).contains("Test picture of a street");
		assertThat(page("/timeline?lang=en")).contains("Test picture of a street",
				"href=\"/names/" + PicturedSite.PERSON_SLUG + "\"");
		assertThat(page("/names?lang=ru")).contains("Тест Фотографов");
	}

	@Test
	void thePortraitLeavesTheNameInTheFirstScreenOnAPhoneAndBesideItOnADesktop() {
		this.browser.forgetVisitor();
		try {
			this.browser.width(390);
			this.browser.open("/names/" + PicturedSite.PERSON_SLUG + "?lang=en");
			assertThat(this.browser.find(".person h1").getRect().getY()).as("the name on a phone")
				.isLessThan(viewportHeight());
			this.browser.width(1280);
			this.browser.open("/names/" + PicturedSite.PERSON_SLUG + "?lang=en");
			var portrait = this.browser.find(".person .picture img").getRect();
			var name = this.browser.find(".person h1").getRect();
			assertThat(name.getX()).as("the name beside the portrait")
				.isGreaterThan(portrait.getX() + portrait.getWidth());
			assertThat(name.getY()).isLessThan(portrait.getY() + portrait.getHeight());
		}
		finally {
			this.browser.width(1280);
		}
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("publicPages")
	void everyPublicPageWithNamesAndPicturesIsAccessible(String path, int width) {
		this.browser.forgetVisitor();
		Axe.assertPageAccessible(this.browser, path, width);
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("adminPages")
	void everyEditorsPageOfNamesAndImagesIsAccessible(String path, int width) {
		this.browser.signIn();
		Axe.assertPageAccessible(this.browser, path, width);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publicPaths")
	void everyPublicPageWithNamesAndPicturesIsValidHtml(String path) throws Exception {
		assertValid(new SiteClient(this.port).get(path), path);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminPaths")
	void everyEditorsPageOfNamesAndImagesIsValidHtml(String path) throws Exception {
		assertValid(this.editor.get(path), path);
	}

	Stream<String> publicPaths() {
		return this.site.publicPages().stream();
	}

	Stream<String> adminPaths() {
		return this.site.adminPages().stream();
	}

	Stream<Arguments> publicPages() {
		return withWidths(this.site.publicPages().stream());
	}

	Stream<Arguments> adminPages() {
		return withWidths(this.site.adminPages().stream());
	}

	private int viewportHeight() {
		return ((Number) ((JavascriptExecutor) this.browser.driver()).executeScript("return window.innerHeight"))
			.intValue();
	}

	private String page(String path) throws Exception {
		HttpResponse<String> page = new SiteClient(this.port).get(path);
		assertThat(page.statusCode()).as("the status of %s", path).isEqualTo(200);
		return page.body();
	}

	private static Stream<Arguments> withWidths(Stream<String> paths) {
		return paths.flatMap((path) -> SitePages.WIDTHS.stream().map((width) -> Arguments.of(path, width)));
	}

	private static void assertValid(HttpResponse<String> page, String path) throws Exception {
		assertThat(page.statusCode()).as("the status of %s", path).isEqualTo(200);
		HtmlChecker.assertNoErrors(page.body(), path);
	}

}
