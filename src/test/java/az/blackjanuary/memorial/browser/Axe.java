package az.blackjanuary.memorial.browser;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, shipped inside its Maven artifact, run with all its default rules on the page
 * on show.
 */
final class Axe {

	private Axe() {
	}

	/**
	 * Opens the page at the width, as whoever the browser is now, checks that it stayed
	 * there and that axe finds nothing.
	 */
	static void assertPageAccessible(Browser browser, String path, int width) {
		browser.width(width);
		browser.open(path);
		assertThat(browser.path()).as("where %s led", path).isEqualTo(path);
		assertNoViolations(browser.driver(), path + " at " + width + " px");
	}

	static void assertNoViolations(WebDriver driver, String page) {
		Results results = new AxeBuilder().analyze(driver);
		assertThat(results.isErrored()).as("axe could not check %s: %s", page, results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("the rules axe found passed on %s", page).isNotEmpty();
		List<String> violations = results.getViolations()
			.stream()
			.flatMap((rule) -> rule.getNodes()
				.stream()
				.map((node) -> "%s (%s) on %s at %s: %s%n    %s".formatted(rule.getId(), rule.getImpact(), page,
						node.getTarget(), rule.getHelp(), node.getHtml())))
			.toList();
		assertThat(violations).as("axe violations on %s", page).isEmpty();
	}

}
