package az.blackjanuary.memorial.browser;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on the site under test. It is given its driver and binary,
 * so Selenium Manager downloads nothing; the browser asks for Azerbaijani, the site's own
 * language, unless a page is opened with {@code ?lang=}.
 */
final class Browser implements AutoCloseable {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "first-admin-password";

	private static final Duration PAGE_LOAD = Duration.ofSeconds(10);

	private final ChromeDriver driver;

	private final String base;

	Browser(int port) {
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "az"));
		this.driver = new ChromeDriver(service, options);
		this.base = "http://127.0.0.1:" + port;
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	/**
	 * The path of the page on show, without its query: to see where a link or redirect
	 * led.
	 */
	String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	void width(int pixels) {
		this.driver.manage().window().setSize(new Dimension(pixels, 900));
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText().strip();
	}

	void fill(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets a field's value the way a date picker does, whatever the browser's date
	 * format.
	 */
	void set(String css, String value) {
		this.driver.executeScript("arguments[0].value = arguments[1]", find(css), value);
	}

	/**
	 * Clicks a link or button and waits until the next page has replaced this one and
	 * loaded.
	 */
	void clickAndWait(String css) {
		this.driver.executeScript("window.leftBehind = true");
		find(css).click();
		new WebDriverWait(this.driver, PAGE_LOAD).ignoring(WebDriverException.class)
			.until((page) -> (Boolean) this.driver
				.executeScript("return window.leftBehind === undefined && document.readyState === 'complete'"));
	}

	/**
	 * Submits a form as a browser that does not check required fields itself would send
	 * it.
	 */
	void submitUnchecked(String formCss) {
		this.driver.executeScript("arguments[0].noValidate = true", find(formCss));
		clickAndWait(formCss + " button[type=submit]");
	}

	/**
	 * Signs in as the first administrator on the sign-in page, unless this browser is
	 * signed in already.
	 */
	void signIn() {
		open("/admin");
		if (path().equals("/admin")) {
			return;
		}
		fill("#username", ADMIN);
		fill("#password", ADMIN_PASSWORD);
		clickAndWait("main form button[type=submit]");
		if (!path().equals("/admin")) {
			throw new AssertionError("Signing in as " + ADMIN + " led to " + this.driver.getCurrentUrl());
		}
	}

	/** Forgets the session and the chosen language: the next page is a new visitor's. */
	void forgetVisitor() {
		this.driver.manage().deleteAllCookies();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
