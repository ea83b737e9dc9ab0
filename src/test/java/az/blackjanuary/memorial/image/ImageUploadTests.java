package az.blackjanuary.memorial.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An editor uploads photographs and documents: the type told by the content, the metadata
 * left behind, a few widths kept, and each width served at an address of its own that a
 * browser keeps for a year.
 */
@MemorialSiteTest
class ImageUploadTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aLargeJpegIsKeptAtTheUsualWidthsAndItsOwn() {
		long id = uploaded(TestImages.jpeg(2000, 1000), "archive.jpg");
		assertThat(widths(id)).containsExactly(480, 960, 1600, 2000);
		assertThat(this.jdbc.queryForList("SELECT height FROM image_rendition WHERE image_id = ? ORDER BY width",
				Integer.class, id))
			.containsExactly(240, 480, 800, 1000);
		assertThat(this.jdbc.queryForObject("SELECT format FROM image WHERE id = ?", String.class, id))
			.isEqualTo("jpg");
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE subject = ? AND subject_kind = 'IMAGE'",
				String.class, String.valueOf(id)))
			.contains("IMAGE_UPLOADED");
	}

	@Test
	void aSmallImageIsKeptAtItsOwnWidthOnly() {
		assertThat(widths(uploaded(TestImages.jpeg(300, 200), "small.jpg"))).containsExactly(300);
	}

	@Test
	void aVeryWideScanIsKeptAtMostAtTheFullWidth() {
		assertThat(widths(uploaded(TestImages.png(4000, 500), "scan.png"))).containsExactly(480, 960, 1600, 2400);
	}

	@Test
	void theGpsPositionOfAPhotographIsNotKept() {
		byte[] photo = TestImages.jpegTakenInBaku(640, 480);
		assertThat(TestImages.gps(photo)).as("the test photograph carries a position").isNotNull();
		long id = uploaded(photo, "taken-in-baku.jpg");
		for (byte[] kept : this.jdbc.queryForList("SELECT bytes FROM image_rendition WHERE image_id = ?", byte[].class,
				id)) {
			assertThat(TestImages.gps(kept)).isNull();
			assertThat(TestImages.hasExif(kept)).isFalse();
		}
		byte[] served = this.mvc.get().uri(address(id, 640)).exchange().getResponse().getContentAsByteArray();
		assertThat(TestImages.read(served).getWidth()).isEqualTo(640);
		assertThat(TestImages.hasExif(served)).isFalse();
	}

	@Test
	void aPhotographTakenSidewaysIsKeptUpright() {
		long id = uploaded(TestImages.jpegTakenSideways(1200, 900), "sideways.jpg");
		assertThat(widths(id)).containsExactly(480, 900);
		assertThat(this.jdbc.queryForList("SELECT height FROM image_rendition WHERE image_id = ? ORDER BY width",
				Integer.class, id))
			.containsExactly(640, 1200);
		BufferedImage upright = TestImages
			.read(this.mvc.get().uri(address(id, 900)).exchange().getResponse().getContentAsByteArray());
		int topLeft = brightness(upright, 0, 0);
		int topRight = brightness(upright, upright.getWidth() - 1, 0);
		int bottomLeft = brightness(upright, 0, upright.getHeight() - 1);
		assertThat(topRight).as("the stored top left, turned a quarter clockwise").isLessThan(topLeft);
		assertThat(bottomLeft).as("the stored bottom right").isGreaterThan(topLeft);
		assertThat(TestImages.hasExif(this.jdbc
			.queryForObject("SELECT bytes FROM image_rendition WHERE image_id = ? AND width = 900", byte[].class, id)))
			.as("no orientation is left for a browser to apply a second time")
			.isFalse();
	}

	/**
	 * A phone's photograph is read whole; anything larger at every second or third pixel,
	 * never more than 16 megapixels (64 MiB at most) at once, so that the launch's heap
	 * holds it beside the pages.
	 */
	@Test
	void aLargeUploadIsReadAtNoMorePixelsThanTheHeapHolds() {
		assertThat(ImageResizer.decodingStep(4032, 3024)).isEqualTo(1);
		assertThat(ImageResizer.decodingStep(4000, 4000)).isEqualTo(1);
		assertThat(ImageResizer.decodingStep(4799, 4799)).isEqualTo(2);
		assertThat(ImageResizer.decodingStep(8064, 6048)).isEqualTo(3);
		assertThat(ImageResizer.decodingStep(10_000, 10_000)).isEqualTo(4);
		assertThat(ImageResizer.decodingStep(30_000, 3_000)).isEqualTo(12);
		assertThat(widths(uploaded(TestImages.jpeg(4800, 3600), "large.jpg"))).containsExactly(480, 960, 1600, 2400);
	}

	/**
	 * ImageIO copies what it reads and writes through files in its cache directory unless
	 * told not to; a full or cleaned temporary disk then made a good photograph "not an
	 * image".
	 */
	@Test
	void anUploadIsReadWithoutTheTemporaryDisk() throws IOException {
		byte[] photograph = TestImages.jpeg(1000, 750);
		Path gone = Files.createTempDirectory("image-cache");
		ImageIO.setCacheDirectory(gone.toFile());
		Files.delete(gone);
		try {
			assertThat(widths(uploaded(photograph, "no-disk.jpg"))).containsExactly(480, 960, 1000);
		}
		finally {
			ImageIO.setCacheDirectory(null);
		}
	}

	@Test
	void pngAndWebpAreTakenAndKeptAsJpegWhenNothingIsTransparent() {
		long png = uploaded(TestImages.png(500, 300), "plan.png");
		assertThat(this.jdbc.queryForObject("SELECT format FROM image WHERE id = ?", String.class, png))
			.isEqualTo("jpg");
		long webp = uploaded(TestImages.webp(), "gradient.webp");
		assertThat(widths(webp)).containsExactly(64);
		assertThat(this.jdbc.queryForObject("SELECT height FROM image WHERE id = ?", Integer.class, webp))
			.isEqualTo(48);
	}

	@Test
	void aTransparentPngStaysAPng() {
		long id = uploaded(TestImages.transparentPng(200, 100), "seal.png");
		assertThat(this.jdbc.queryForObject("SELECT format FROM image WHERE id = ?", String.class, id))
			.isEqualTo("png");
		assertThat(this.mvc.get().uri(address(id, 200))).hasStatusOk().hasContentType("image/png");
	}

	@Test
	void aFileNamedJpgThatIsNotAnImageIsRefusedWithAMessage() {
		int before = count();
		MvcTestResult result = upload(
				new MockMultipartFile("file", "photo.jpg", "image/jpeg", "<html>not a picture</html>".getBytes()),
				alt("Şəkil", "Photo", "Фото"), "en");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("This file is not a JPEG, PNG or WebP image");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aCutOffJpegIsRefused() {
		byte[] whole = TestImages.jpeg(400, 300);
		byte[] cut = java.util.Arrays.copyOf(whole, 40);
		int before = count();
		assertThat(upload(new MockMultipartFile("file", "cut.jpg", "image/jpeg", cut), alt("a", "b", "c"), "az"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Bu fayl JPEG, PNG və ya WebP şəkli deyil");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theAlternativeTextIsRequiredInEveryLanguage() {
		int before = count();
		MvcTestResult result = upload(file(TestImages.jpeg(100, 100), "photo.jpg"),
				Map.of("texts[az].altText", "Şəhidlər xiyabanı", "texts[en].altText", "The Martyrs’ Alley"), "ru");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Напишите альтернативный текст и на этом языке.", "value=\"The Martyrs");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithAMessage() {
		byte[] eleven = new byte[11 * 1024 * 1024];
		System.arraycopy(TestImages.jpeg(10, 10), 0, eleven, 0, 100);
		assertThat(upload(file(eleven, "huge.jpg"), alt("a", "b", "c"), "en"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("The file is larger than 10 MB.");
	}

	@Test
	void theSameImageUploadedTwiceIsKeptOnce() {
		byte[] photo = TestImages.jpeg(333, 222);
		long first = uploaded(photo, "one.jpg");
		assertThat(upload(file(photo, "two.jpg"), alt("a", "b", "c"), "en")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/images/" + first);
	}

	@Test
	void eachWidthIsServedAtAContentHashedAddressForAYear() {
		long id = uploaded(TestImages.jpeg(1000, 500), "hashed.jpg");
		String address = address(id, 480);
		assertThat(address).matches("/images/[0-9a-f]{20}-480\\.jpg");
		MvcTestResult served = this.mvc.get().uri(address).exchange();
		assertThat(served).hasStatusOk()
			.hasContentType("image/jpeg")
			.hasHeader("Cache-Control", "max-age=31536000, public, immutable");
		String tag = served.getResponse().getHeader("ETag");
		assertThat(tag).isNotBlank();
		assertThat(TestImages.read(served.getResponse().getContentAsByteArray()).getWidth()).isEqualTo(480);
		assertThat(this.mvc.get().uri(address).header("If-None-Match", tag)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(served.getResponse().getHeader("Content-Security-Policy")).contains("img-src 'self'");
	}

	@Test
	void anAddressNoImageHasIsNotFound() {
		assertThat(this.mvc.get().uri("/images/00000000000000000000-480.jpg")).hasStatus(HttpStatus.NOT_FOUND);
		long id = uploaded(TestImages.jpeg(600, 400), "only-600.jpg");
		assertThat(this.mvc.get().uri(address(id, 480).replace("-480.", "-700."))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(address(id, 480).replace(".jpg", ".png"))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void visitorsAndModeratorsCannotUploadNorAFormWithoutItsToken() {
		assertThat(this.mvc.get().uri("/admin/images")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(this.mvc.get().uri("/admin/images/new").with(user("moderator").roles("MODERATOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		// A small upload from a moderator reaches Spring Security, which refuses it (a
		// large one meets the usual 64 KiB first: ImageInstancesTests).
		assertThat(this.mvc.post()
			.uri("/admin/images")
			.multipart()
			.file(file(TestImages.jpeg(50, 50), "x.jpg"))
			.with(user("moderator").roles("MODERATOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/images")
			.multipart()
			.file(file(TestImages.jpeg(50, 50), "x.jpg"))
			.param("kind", "PHOTO")
			.with(editor())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anEditorChangesTheWordsButNotThePixels() {
		long id = uploaded(TestImages.jpeg(700, 400), "words.jpg");
		String before = address(id, 480);
		assertThat(this.mvc.post()
			.uri("/admin/images/" + id)
			.param("version", "0")
			.param("kind", "DOCUMENT")
			.param("credit", "Dövlət arxivi")
			.param("texts[az].altText", "Sənəd")
			.param("texts[en].altText", "A document")
			.param("texts[en].caption", "The decree, 1990")
			.param("texts[ru].altText", "Документ")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/images/" + id + "?lang=en").with(editor())).hasStatusOk()
			.bodyText()
			.contains("The decree, 1990", "Dövlət arxivi", "Open the document at full size", before,
					"Largest size: 700 × 400 pixels.");
		assertThat(this.mvc.get().uri("/admin/images?lang=ru").with(editor())).hasStatusOk()
			.bodyText()
			.contains("#" + id + " · Документ", "src=\"" + before + "\"", "alt=\"Документ\"");
	}

	private static int brightness(BufferedImage image, int x, int y) {
		int rgb = image.getRGB(x, y);
		return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
	}

	private long uploaded(byte[] bytes, String name) {
		MvcTestResult result = upload(file(bytes, name), alt("Şəkil " + name, "Image " + name, "Изображение " + name),
				"en");
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MvcTestResult upload(MockMultipartFile file, Map<String, String> texts, String language) {
		var request = this.mvc.post()
			.uri("/admin/images?lang=" + language)
			.multipart()
			.file(file)
			.param("kind", "PHOTO")
			.param("credit", "Test data");
		texts.forEach(request::param);
		return request.with(editor()).with(csrf()).exchange();
	}

	private static MockMultipartFile file(byte[] bytes, String name) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	private static Map<String, String> alt(String az, String en, String ru) {
		return Map.of("texts[az].altText", az, "texts[en].altText", en, "texts[ru].altText", ru);
	}

	private List<Integer> widths(long id) {
		return this.jdbc.queryForList("SELECT width FROM image_rendition WHERE image_id = ? ORDER BY width",
				Integer.class, id);
	}

	private String address(long id, int width) {
		Map<String, Object> image = this.jdbc.queryForMap("SELECT content_hash, format FROM image WHERE id = ?", id);
		return "/images/" + image.get("content_hash") + "-" + width + "." + image.get("format");
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM image", Integer.class);
	}

	static RequestPostProcessor editor() {
		return user("editor").roles("ADMIN");
	}

}
