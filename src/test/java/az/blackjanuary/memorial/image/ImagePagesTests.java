package az.blackjanuary.memorial.image;

import java.util.Map;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static az.blackjanuary.memorial.image.ImageUploadTests.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Editors attach an uploaded image to a release or a timeline event, and visitors see it
 * with every width in {@code srcset}, its shape in {@code width} and {@code height}, its
 * words in their language, and a document's scan linked at full size.
 */
@MemorialSiteTest
class ImagePagesTests {

	private static final String SEEDED_RELEASE = "2022-thirty-second-anniversary-of-the-black-january";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void takeThePicturesOff() {
		this.jdbc.update("UPDATE anniversary_release SET image_id = NULL");
		this.jdbc.update("DELETE FROM person WHERE image_id IS NOT NULL");
		this.jdbc.update("DELETE FROM timeline_event_text WHERE title LIKE 'Pictured %'");
		this.jdbc.update("DELETE FROM timeline_event WHERE id NOT IN (SELECT event_id FROM timeline_event_text)");
	}

	@Test
	void aReleaseShowsItsPictureWithEveryWidth() {
		long id = uploaded(TestImages.jpeg(1200, 800), "PHOTO", "Funeral procession");
		this.jdbc.update("UPDATE anniversary_release SET image_id = ? WHERE slug = ?", id, SEEDED_RELEASE);
		String hash = hash(id);
		assertThat(this.mvc.get().uri("/releases/" + SEEDED_RELEASE + "?lang=en")).hasStatusOk()
			.bodyText()
			.contains(
					"srcset=\"/images/" + hash + "-480.jpg 480w, /images/" + hash + "-960.jpg 960w, /images/" + hash
							+ "-1200.jpg 1200w\"",
					"src=\"/images/" + hash + "-960.jpg\"", "width=\"1200\"", "height=\"800\"",
					"alt=\"Funeral procession (en)\"", "decoding=\"async\"", "sizes=\"")
			.doesNotContain("loading=\"lazy\"");
		assertThat(this.mvc.get().uri("/releases/" + SEEDED_RELEASE + "?lang=ru")).bodyText()
			.contains("alt=\"Funeral procession (ru)\"");
		assertThat(this.mvc.get().uri("/?lang=az")).bodyText()
			.contains("alt=\"Funeral procession (az)\"", "loading=\"lazy\"");
	}

	@Test
	void anEditorAttachesADocumentToATimelineEventAndItsScanOpensFullSize() {
		long id = uploaded(TestImages.jpeg(3000, 2000), "DOCUMENT", "Decree");
		assertThat(this.mvc.get().uri("/admin/timeline/new").with(editor())).bodyText()
			.contains("<option value=\"" + id + "\">#" + id + " · Decree (az)</option>");
		assertThat(this.mvc.post()
			.uri("/admin/timeline")
			.param("startsOn", "1990-01-21")
			.param("precision", "DAY")
			.param("texts[en].title", "Pictured decree")
			.param("texts[en].body", "The decree of the day.")
			.param("imageId", String.valueOf(id))
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		String hash = hash(id);
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText()
			.contains("Pictured decree", "<a class=\"picture__full\" href=\"/images/" + hash + "-2400.jpg\">",
					"-1600.jpg 1600w, /images/" + hash + "-2400.jpg 2400w", "width=\"2400\"", "height=\"1600\"",
					"loading=\"lazy\"", "Open the document at full size", "Credit for Decree");
	}

	@Test
	void theApiGivesAReleasesPictureWithEveryWidth() {
		long id = uploaded(TestImages.jpeg(1000, 500), "PHOTO", "Candles");
		this.jdbc.update("UPDATE anniversary_release SET image_id = ? WHERE slug = ?", id, SEEDED_RELEASE);
		String hash = hash(id);
		var api = assertThat(
				this.mvc.get().uri("/api/v1/releases/" + SEEDED_RELEASE).header("Accept-Language", "ru").exchange())
			.hasStatusOk()
			.bodyJson();
		api.extractingPath("$.image.alt").isEqualTo("Candles (ru)");
		api.extractingPath("$.image.language").isEqualTo("ru");
		api.extractingPath("$.image.kind").isEqualTo("photo");
		api.extractingPath("$.image.width").isEqualTo(1000);
		api.extractingPath("$.image.height").isEqualTo(500);
		api.extractingPath("$.image.caption").isNull();
		api.extractingPath("$.image.files")
			.isEqualTo(
					java.util.List.of(Map.of("width", 480, "url", "http://localhost:8080/images/" + hash + "-480.jpg"),
							Map.of("width", 960, "url", "http://localhost:8080/images/" + hash + "-960.jpg"),
							Map.of("width", 1000, "url", "http://localhost:8080/images/" + hash + "-1000.jpg")));
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyText()
			.contains("\"ImageJson\"", "\"image\":{\"$ref\":\"#/components/schemas/ImageJson\"}");
	}

	@Test
	void aPictureThatDoesNotExistIsRefusedInTheEventForm() {
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-21")
			.param("precision", "DAY")
			.param("texts[en].title", "Pictured nothing")
			.param("texts[en].body", "Text.")
			.param("imageId", "987654")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("There is no such image.");
	}

	@Test
	void anEditorGivesAPersonOfTheRegisterAPhotographShownAboveTheFold() {
		long id = uploaded(TestImages.jpeg(600, 800), "PHOTO", "Portrait");
		assertThat(this.mvc.get().uri("/admin/names/new").with(editor())).bodyText()
			.contains("<option value=\"" + id + "\">#" + id + " · Portrait (az)</option>");
		assertThat(this.mvc.post()
			.uri("/admin/names")
			.param("texts[az].name", "Sınaq Şəkilli")
			.param("died", "1990-01-20")
			.param("state", "PUBLISHED")
			.param("imageId", String.valueOf(id))
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		String hash = hash(id);
		String slug = this.jdbc.queryForObject("SELECT slug FROM person WHERE image_id = ?", String.class, id);
		assertThat(this.mvc.get().uri("/names/" + slug + "?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("/images/" + hash + "-480.jpg 480w", "width=\"600\"", "height=\"800\"", "alt=\"Portrait (ru)\"",
					"sizes=\"15rem\"")
			.doesNotContain("loading=\"lazy\"");
	}

	@Test
	void aPictureThatDoesNotExistIsRefusedForAPerson() {
		assertThat(this.mvc.post()
			.uri("/admin/names?lang=en")
			.param("texts[az].name", "Sınaq Şəkilsiz")
			.param("state", "DRAFT")
			.param("imageId", "987654")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("There is no such image.");
	}

	@Test
	void theReleaseEditorOffersTheImages() {
		long id = uploaded(TestImages.jpeg(640, 400), "PHOTO", "Martyrs’ Alley");
		long release = this.jdbc.queryForObject("SELECT id FROM anniversary_release WHERE slug = ?", Long.class,
				SEEDED_RELEASE);
		assertThat(this.mvc.get().uri("/admin/releases/" + release + "?lang=en").with(editor())).hasStatusOk()
			.bodyText()
			.contains("<select id=\"imageId\"", "<option value=\"" + id + "\">#" + id);
	}

	private long uploaded(byte[] bytes, String kind, String alt) {
		var request = this.mvc.post()
			.uri("/admin/images")
			.multipart()
			.file(new MockMultipartFile("file", "upload.jpg", "image/jpeg", bytes))
			.param("kind", kind)
			.param("credit", "Credit for " + alt);
		Map.of("az", alt + " (az)", "en", alt + " (en)", "ru", alt + " (ru)")
			.forEach((language, text) -> request.param("texts[" + language + "].altText", text));
		MvcTestResult result = request.with(editor()).with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String hash(long id) {
		return this.jdbc.queryForObject("SELECT content_hash FROM image WHERE id = ?", String.class, id);
	}

}
