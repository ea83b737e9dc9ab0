package az.blackjanuary.memorial.pagecache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered again every second is kept as it was when nothing in it changed, and
 * replaced when something did.
 */
class CachedPageTests {

	private static final Map<String, String> PLACEHOLDERS = Map.of("@@token@@", CachedPageResponses.CSRF);

	private static final Map<String, List<String>> HEADERS = Map.of("Content-Language", List.of("en"));

	@Test
	void aPageRenderedAgainUnchangedKeepsItsBytesAndTagWithItsNewTime() throws IOException {
		CachedPage first = page("<p>Remembered</p><input value=\"@@token@@\">", null, 1_000);
		CachedPage again = page("<p>Remembered</p><input value=\"@@token@@\">", first, 2_000);

		assertThat(again.renderedAt()).isEqualTo(2_000);
		assertThat(again.etag("none", true)).isEqualTo(first.etag("none", true));
		assertThat(gunzip(again, "abc")).isEqualTo("<p>Remembered</p><input value=\"abc\">");
		assertThat(again.locale()).isEqualTo(first.locale());
		assertThat(again.claimRefresh()).as("its next refresh is free to be claimed").isTrue();
	}

	@Test
	void aPageRenderedAgainWithAChangeIsReplaced() throws IOException {
		CachedPage first = page("<p>Remembered</p><input value=\"@@token@@\">", null, 1_000);
		CachedPage changed = page("<p>Remembered, and a new tribute</p><input value=\"@@token@@\">", first, 2_000);

		assertThat(changed.etag("none", true)).isNotEqualTo(first.etag("none", true));
		assertThat(gunzip(changed, "xyz")).isEqualTo("<p>Remembered, and a new tribute</p><input value=\"xyz\">");
		assertThat(plain(changed, "xyz")).isEqualTo("<p>Remembered, and a new tribute</p><input value=\"xyz\">");
	}

	@Test
	void aPageInAnotherLanguageIsNotTakenForTheSame() {
		CachedPage english = page("<p>1990</p>", null, 1_000);
		CachedPage russian = CachedPage.renderedAgain(english, "<p>1990</p>".getBytes(StandardCharsets.UTF_8),
				PLACEHOLDERS, "text/html;charset=UTF-8", Map.of("Content-Language", List.of("ru")), "/timeline", 2_000);
		assertThat(russian.locale().getLanguage()).isEqualTo("ru");
	}

	private static CachedPage page(String html, CachedPage before, long at) {
		return CachedPage.renderedAgain(before, html.getBytes(StandardCharsets.UTF_8), PLACEHOLDERS,
				"text/html;charset=UTF-8", HEADERS, "/timeline", at);
	}

	private static String plain(CachedPage page, String token) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writePlain(out, List.of(token));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String gunzip(CachedPage page, String token) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeGzip(out, List.of(token));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
