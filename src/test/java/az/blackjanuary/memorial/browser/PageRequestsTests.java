package az.blackjanuary.memorial.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page asks for once Chromium has drawn it, its fonts included: only the site's
 * own hashed assets (the stylesheet, the icon and the manifest its head names, fonts),
 * each answered 200, and of the fonts only the subsets for the scripts on the page. The
 * Azerbaijani letters come from a subset of 2 KB, so no page fetches the 60 KB Latin
 * Extended one.
 */
class PageRequestsTests extends BrowserSuite {

	private static final String RESOURCES_ONCE_FONTS_ARE_READY = """
			const done = arguments[arguments.length - 1];
			document.fonts.ready.then(() => done(performance.getEntriesByType('resource')
				.map((entry) => ({ name: entry.name, status: entry.responseStatus }))));
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/?lang=az", "/?lang=en", "/?lang=ru", "/timeline?lang=az", "/tributes?lang=ru" })
	void aPageAsksOnlyForTheAssetsItUses(String page) {
		this.browser.open(page);
		List<Map<String, Object>> requests = resources();
		assertThat(requests).extracting((request) -> request.get("name").toString())
			.isNotEmpty()
			.allSatisfy((url) -> assertThat(url).matches("http://127\\.0\\.0\\.1:" + this.port
					+ "/assets/(css/site|favicon|manifest|fonts/noto-(sans|serif)-[a-z-]+-\\d{3}-normal)-[0-9a-f]{32}"
					+ "\\.(css|svg|webmanifest|woff2)"))
			.anySatisfy((url) -> assertThat(url).contains("/assets/css/site-"))
			.noneSatisfy((url) -> assertThat(url).contains("-latin-ext-"));
		assertThat(requests).extracting((request) -> ((Number) request.get("status")).intValue()).containsOnly(200);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> resources() {
		return (List<Map<String, Object>>) ((JavascriptExecutor) this.browser.driver())
			.executeAsyncScript(RESOURCES_ONCE_FONTS_ARE_READY);
	}

}
