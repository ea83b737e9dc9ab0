package az.blackjanuary.memorial.browser;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's way through the editors' area, in English, from signing in to what visitors
 * then see.
 */
class EditorPathTests extends BrowserSuite {

	private static final Locale ENGLISH = Locale.ENGLISH;

	@Autowired
	private MessageSource messages;

	@BeforeAll
	void signIn() {
		this.browser.open("/login?lang=en");
		this.browser.signIn();
	}

	@Test
	void anEditorWritesPreviewsSavesAndPublishesAReleaseThatVisitorsThenSee() {
		String title = "Thirty-sixth anniversary of the Black January " + UUID.randomUUID().toString().substring(0, 8);
		this.browser.open("/admin/releases/new");
		this.browser.set("#commemoratedOn", "2026-01-20");
		this.browser.fill("#texts-en-title", title);
		this.browser.fill("#texts-en-body", """
				## The night of 19–20 January

				- 131 people were killed
				- 744 were wounded

				Read the [statement of 2022](https://example.org/black-january).""");

		this.browser.clickAndWait("button[name=action][value=preview]");
		// The preview's headings are set in capitals by the stylesheet.
		assertThat(this.browser.text(".preview .prose h2")).isEqualToIgnoringCase("The night of 19–20 January");
		assertThat(this.browser.driver().findElements(By.cssSelector(".preview .prose li"))).hasSize(2);
		assertThat(this.browser.find(".preview .prose a").getDomAttribute("href"))
			.isEqualTo("https://example.org/black-january");

		this.browser.clickAndWait("button[name=action][value=save]");
		assertThat(this.browser.path()).matches("/admin/releases/\\d+");
		assertThat(this.browser.text("main .notice")).isEqualTo(message("admin.notice.saved"));

		this.browser.clickAndWait("form[action$='/publish'] button[type=submit]");
		assertThat(this.browser.text("main .notice")).isEqualTo(message("admin.release.notice.published"));
		assertThat(this.browser.text(".release-status .state")).isEqualTo(message("admin.release.state.PUBLISHED"));

		this.browser.open("/");
		assertThat(this.browser.text("#statement-title")).isEqualTo(title);
		this.browser.open("/releases");
		assertThat(this.browser.text(".archive__list a")).isEqualTo(title);
	}

	@Test
	void anEditorDeletesADraftOnlyAfterConfirmingOnAPageThatSaysWhatWillHappen() {
		String title = "A draft to throw away " + UUID.randomUUID().toString().substring(0, 8);
		this.browser.open("/admin/releases/new");
		this.browser.set("#commemoratedOn", "2027-01-20");
		this.browser.fill("#texts-en-title", title);
		this.browser.fill("#texts-en-body", "Not to be kept.");
		this.browser.clickAndWait("button[name=action][value=save]");
		String draft = this.browser.path();

		this.browser.clickAndWait(".release-status a[href$='/delete']");
		assertThat(this.browser.path()).isEqualTo(draft + "/delete");
		assertThat(this.browser.text("main h1")).isEqualToIgnoringCase(message("admin.release.confirm.delete.title"));
		assertThat(this.browser.text("main .confirm__what")).isEqualTo(title);
		assertThat(this.browser.text("main .confirm__what + p"))
			.isEqualTo(message("admin.release.confirm.delete.text"));

		// Going back changes nothing; confirming deletes it.
		this.browser.clickAndWait("main .admin-actions a");
		assertThat(this.browser.path()).isEqualTo(draft);
		this.browser.clickAndWait(".release-status a[href$='/delete']");
		this.browser.clickAndWait("main form button[type=submit]");
		assertThat(this.browser.path()).isEqualTo("/admin/releases");
		assertThat(this.browser.text("main .notice")).isEqualTo(message("admin.release.notice.deleted"));
		assertThat(this.browser.text("main")).doesNotContain(title);
	}

	@Test
	void everyEditorsPageSwitchesToAnotherLanguageAndBack() {
		this.browser.open("/admin/releases");
		this.browser.clickAndWait(".language-switch a[lang=ru]");
		assertThat(this.browser.text("main h1"))
			.isEqualToIgnoringCase(this.messages.getMessage("admin.nav.releases", null, Locale.forLanguageTag("ru")));
		this.browser.clickAndWait(".language-switch a[lang=en]");
		assertThat(this.browser.path()).isEqualTo("/admin/releases");
		assertThat(this.browser.text("main h1")).isEqualToIgnoringCase(message("admin.nav.releases"));
	}

	@Test
	void aModeratorApprovesAPendingTributeAndItAppearsOnTheWall() {
		String tribute = "Şəhidlər ölməz, vətən bölünməz. " + UUID.randomUUID();
		this.browser.open("/tributes");
		this.browser.fill("#message", tribute);
		this.browser.clickAndWait("#leave form button[type=submit]");
		assertThat(this.browser.text("#received")).isEqualTo(message("tributes.received"));
		this.browser.open("/tributes");
		assertThat(this.browser.text(".wall")).doesNotContain(tribute);

		this.browser.open("/admin/tributes");
		WebElement pending = this.browser.driver()
			.findElements(By.cssSelector(".moderation li"))
			.stream()
			.filter((item) -> item.getText().contains(tribute))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The tribute is not in the moderation queue"));
		pending.findElement(By.cssSelector("input[type=checkbox]")).click();
		this.browser.clickAndWait("button[name=decision][value=APPROVED]");
		assertThat(this.browser.text("main .notice"))
			.isEqualTo(this.messages.getMessage("admin.tributes.notice.approved", new Object[] { 1 }, ENGLISH));

		this.browser.open("/tributes");
		assertThat(this.browser.text(".wall")).contains(tribute);
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, ENGLISH);
	}

}
