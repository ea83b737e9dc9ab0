package az.blackjanuary.memorial.release;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersHeadingsListsAndLinks() {
		String html = this.renderer.toSafeHtml("""
				## In memory

				- 131 killed
				- 744 wounded

				Read the [release](https://example.org/release) and *remember*.
				""");
		assertThat(html).contains("<h2>In memory</h2>")
			.contains("<li>131 killed</li>")
			.contains("<a href=\"https://example.org/release\" rel=\"nofollow\">release</a>")
			.contains("<em>remember</em>");
	}

	@Test
	void rendersTablesOfFigures() {
		String html = this.renderer.toSafeHtml("""
				| Source | Killed |
				|---|---|
				| Release of 20 January 2022 | 131 |
				""");
		assertThat(html).contains("<table>").contains("<th>Source</th>").contains("<td>131</td>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"[click](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>",
			"<iframe src=\"https://evil.example\"></iframe>", "[x](JaVaScRiPt:alert(1))",
			"<p style=\"background:url(javascript:alert(1))\">x</p>" })
	void noScriptSurvives(String payload) {
		String html = this.renderer.toSafeHtml("Text\n\n" + payload);
		// Escaped, the payload may remain as harmless text; inside a tag it must not.
		assertThat(html).doesNotContainPattern("(?i)<\\s*(script|iframe|img|svg)")
			.doesNotContainPattern("(?i)<[^>]*javascript:")
			.doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=")
			.doesNotContainPattern("(?i)<[^>]*style\\s*=");
	}

	@Test
	void aStatementMayLinkAPersonOfTheRegister() {
		assertThat(this.renderer.toSafeHtml("In memory of [Test Person](/names/test-person)."))
			.contains("<a href=\"/names/test-person\"");
	}

}
