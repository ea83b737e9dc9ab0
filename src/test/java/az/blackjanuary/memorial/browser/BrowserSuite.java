package az.blackjanuary.memorial.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser suite: the site on a random port and one Chromium for the whole class, opened
 * before its first test and closed after its last. A suite that prepares more (a sign-in,
 * tributes) does it in a {@code @BeforeAll} of its own, which runs after this one.
 */
@BrowserTest
abstract class BrowserSuite {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
