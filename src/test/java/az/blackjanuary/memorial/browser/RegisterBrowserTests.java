package az.blackjanuary.memorial.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register on a phone: the letters are large enough to tap, a name leads to the
 * person's page and from there to a tribute in their memory. The entries are test data.
 */
class RegisterBrowserTests extends BrowserSuite {

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	void publishTestEntries() {
		for (List<String> entry : List.of(List.of("browser-test-1", "sinaq-birinci", "Sınaq Birinci"),
				List.of("browser-test-2", "alabbas-sinaq", "Əlabbas Sınaq"))) {
			this.jdbc.update("""
					INSERT INTO person (reference, slug, state, died_on, died_precision, search_key, updated_at)
					VALUES (?, ?, 'PUBLISHED', DATE '1990-01-20', 'DAY', ?, CURRENT_TIMESTAMP)""", entry.get(0),
					entry.get(1), entry.get(1).replace('-', ' '));
			this.jdbc.update("""
					INSERT INTO person_text (person_id, lang, full_name)
					VALUES ((SELECT id FROM person WHERE reference = ?), 'az', ?)""", entry.get(0), entry.get(2));
		}
	}

	@AfterAll
	void removeTestEntries() {
		this.jdbc.update("DELETE FROM tribute WHERE remembered_person_id IS NOT NULL");
		this.jdbc.update("DELETE FROM person WHERE reference LIKE 'browser-test-%'");
	}

	@Test
	void onAPhoneAVisitorFindsANameAndLeavesATributeInTheirMemory() {
		this.browser.forgetVisitor();
		try {
			this.browser.width(390);
			this.browser.open("/names?lang=az");
			List<WebElement> letters = this.browser.driver().findElements(By.cssSelector(".letter-index a"));
			assertThat(letters).extracting(WebElement::getText).containsExactly("Ə", "S");
			assertThat(letters.get(0).getSize().getHeight()).as("a letter is large enough to tap")
				.isGreaterThanOrEqualTo(44);
			assertThat(letters.get(0).getSize().getWidth()).isGreaterThanOrEqualTo(44);
			assertThat(this.browser.driver().findElements(By.cssSelector(".site-nav a[href='/names']"))).isNotEmpty();

			this.browser.clickAndWait(".names-list a[href='/names/sinaq-birinci']");
			assertThat(this.browser.text("h1")).isEqualTo("Sınaq Birinci");
			this.browser.clickAndWait(".person-page a.button");
			assertThat(this.browser.text(".remembered a")).isEqualTo("Sınaq Birinci");
			String words = "Test tribute from the browser " + UUID.randomUUID();
			this.browser.fill("#message", words);
			this.browser.clickAndWait("#leave form button[type=submit]");
			assertThat(this.jdbc.queryForObject("""
					SELECT p.reference FROM tribute t JOIN person p ON p.id = t.remembered_person_id
					WHERE t.message = ?""", String.class, words)).isEqualTo("browser-test-1");
		}
		finally {
			this.browser.width(1280);
		}
	}

}
