package az.blackjanuary.memorial.browser;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's way through the site in each of its languages, by its links and forms
 * alone.
 */
class VisitorPathTests extends BrowserSuite {

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "az", "en", "ru" })
	void aVisitorReadsTheStatementAndTimelineLeavesATributeAndLaysACarnation(String language) {
		Locale locale = Locale.forLanguageTag(language);
		this.browser.forgetVisitor();
		this.browser.open("/?lang=" + language);
		assertThat(this.browser.find("html").getDomAttribute("lang")).isEqualTo(language);
		assertThat(this.browser.text("h1")).isNotBlank();
		assertThat(this.browser.text("#statement-title")).isNotBlank();
		assertThat(this.browser.find("#statement-title").findElement(By.xpath("..")).getDomAttribute("lang"))
			.as("the statement is in the visitor's language")
			.isEqualTo(language);

		this.browser.clickAndWait(".site-nav a[href='/timeline']");
		assertThat(this.browser.text("h1")).isEqualTo(message("timeline.title", locale));
		assertThat(this.browser.driver().findElements(By.cssSelector(".timeline__event"))).isNotEmpty();

		this.browser.clickAndWait(".site-nav a[href='/tributes']");
		assertThat(this.browser.text("h1")).isEqualTo(message("tributes.title", locale));
		String tribute = "Unutmayacağıq — we remember — помним. " + UUID.randomUUID();
		this.browser.fill("#message", tribute);
		this.browser.fill("#name", "Aysel");
		this.browser.fill("#place", "Bakı");
		this.browser.clickAndWait("#leave form button[type=submit]");
		assertThat(this.browser.text("#received")).isEqualTo(message("tributes.received", locale));

		this.browser.clickAndWait(".site-nav a[href='/']");
		int before = carnations();
		this.browser.clickAndWait(".carnations__form button[type=submit]");
		assertThat(this.browser.text("#carnations .notice")).isEqualTo(message("carnations.laid", locale));
		assertThat(carnations()).isEqualTo(before + 1);
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "az", "en", "ru" })
	void anAuthorKeepsThePrivateLinkChangesTheTributeAndThenRemovesIt(String language) {
		Locale locale = Locale.forLanguageTag(language);
		this.browser.forgetVisitor();
		this.browser.open("/tributes?lang=" + language);
		String tribute = "Əbədi xatirə. " + UUID.randomUUID();
		this.browser.fill("#message", tribute);
		this.browser.fill("#name", "Aysel Məmmədova");
		this.browser.clickAndWait("#leave form button[type=submit]");
		String privatePage = this.browser.path();
		assertThat(privatePage).startsWith("/tributes/yours/");
		assertThat(this.browser.find("#private-link").getText()).endsWith(privatePage);
		assertThat(this.browser.text(".tribute__message")).isEqualTo(tribute);

		String changed = "Əbədi xatirə, dəyişdirilmiş. " + UUID.randomUUID();
		this.browser.fill("#message", changed);
		this.browser.find("label[for='nameShown2']").click();
		this.browser.clickAndWait("#change form button[type=submit]");
		assertThat(this.browser.text("#changed")).isEqualTo(message("author.changed", locale));
		assertThat(this.browser.text(".tribute__message")).isEqualTo(changed);
		assertThat(this.browser.text(".tribute__name")).isEqualTo("A. M.");
		assertThat(this.browser.driver().findElements(By.id("private-link"))).as("the link is offered once").isEmpty();

		this.browser.clickAndWait(".removal a");
		assertThat(this.browser.text("h1")).isEqualTo(message("author.remove.confirm.title", locale));
		assertThat(this.browser.text(".tribute__message")).as("the tribute is still there").isEqualTo(changed);
		this.browser.clickAndWait(".removal-page button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(privatePage);
		assertThat(this.browser.text("#removed")).isEqualTo(message("author.removed", locale));
		assertThat(this.browser.driver().getPageSource()).doesNotContain(changed);
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "az", "en", "ru" })
	void onAPhoneTheWallShowsTributesFirstAndTheCarnationIsReachedFromTheTop(String language) throws Exception {
		Locale locale = Locale.forLanguageTag(language);
		SitePages.leaveTributes(this.port, this.jdbc);
		this.browser.forgetVisitor();
		try {
			this.browser.width(390);
			this.browser.open("/?lang=" + language);
			WebElement toCarnations = this.browser.find(".anniversary__jump a");
			assertThat(toCarnations.isDisplayed()).isTrue();
			assertThat(top(toCarnations)).as("in the first screen").isLessThan(viewportHeight());
			assertThat(top(this.browser.find(".carnations__form button"))).as("the carnation is far below")
				.isGreaterThan(viewportHeight() * 2);
			toCarnations.click();
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5)).withMessage("the carnation button in view")
				.until((page) -> {
					long top = top(this.browser.find(".carnations__form button"));
					return top >= 0 && top < viewportHeight() - 40;
				});

			this.browser.open("/tributes?lang=" + language);
			assertThat(top(this.browser.find(".tributes > li"))).as("tributes come first")
				.isLessThan(top(this.browser.find("#leave")));
			WebElement toForm = this.browser.find(".wall-jump a");
			assertThat(toForm.getText()).isEqualTo(message("tribute.form.heading", locale));
			assertThat(top(toForm)).isLessThan(viewportHeight());

			this.browser.width(1280);
			this.browser.open("/tributes?lang=" + language);
			assertThat(this.browser.find(".wall-jump a").isDisplayed()).as("beside the wall, the form needs no button")
				.isFalse();
			assertThat(top(this.browser.find("#leave"))).as("the form stays beside the wall on a wide screen")
				.isLessThan(viewportHeight() / 2);
			this.browser.open("/?lang=" + language);
			assertThat(this.browser.find(".anniversary__jump a").isDisplayed()).isFalse();
		}
		finally {
			this.browser.width(1280);
		}
	}

	private long top(WebElement element) {
		return ((Number) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return arguments[0].getBoundingClientRect().top", element)).longValue();
	}

	private long viewportHeight() {
		return ((Number) ((JavascriptExecutor) this.browser.driver()).executeScript("return window.innerHeight"))
			.longValue();
	}

	private int carnations() {
		return Integer.parseInt(this.browser.text(".carnations__value").replaceAll("\\D", ""));
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
