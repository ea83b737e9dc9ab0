package az.blackjanuary.memorial.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import az.blackjanuary.memorial.system.SiteClient;
import az.blackjanuary.memorial.system.SiteInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads on real servers, as a browser sends them: a photograph larger than any form is
 * taken from an administrator on the upload route alone, and is served by another
 * instance on the same database; a file over 10 MB is refused with a page that says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageInstancesTests {

	private static final Pattern ADDRESS = Pattern.compile("/images/[0-9a-f]{20}-480\\.jpg");

	private SiteInstance first;

	private SiteInstance second;

	/**
	 * The database both instances share, and its user's arguments;
	 * PostgresImageInstancesTests puts it on PostgreSQL.
	 */
	protected List<String> database() {
		return List.of("jdbc:h2:mem:images-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@BeforeAll
	void start() {
		List<String> database = database();
		String[] rest = database.subList(1, database.size()).toArray(String[]::new);
		this.first = SiteInstance.start(database.get(0), rest);
		this.second = SiteInstance.start(database.get(0), rest);
	}

	@AfterAll
	void stop() {
		this.first.close();
		this.second.close();
	}

	@Test
	void aPhotographUploadedOnOneInstanceIsServedByTheOther() throws Exception {
		byte[] photo = noise(900, 600);
		assertThat(photo.length).as("larger than any form").isGreaterThan(64 * 1024);
		SiteClient editor = this.first.firstAdministrator();
		HttpResponse<String> uploaded = editor.upload("/admin/images/new", "/admin/images", words(), "file",
				"photo.jpg", photo);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String page = editor.get(uploaded.headers().firstValue("Location").orElseThrow()).body();
		Matcher address = ADDRESS.matcher(page);
		assertThat(address.find()).as("the image page shows the image").isTrue();

		HttpResponse<byte[]> served = this.second.visitor().getBytes(address.group(), Map.of());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth()).isEqualTo(480);
		String tag = served.headers().firstValue("ETag").orElseThrow();
		assertThat(this.first.visitor().getBytes(address.group(), Map.of("If-None-Match", tag)).statusCode())
			.as("the same tag on every instance")
			.isEqualTo(304);
	}

	@Test
	void anElevenMegabyteFileIsRefusedWithAPageInTheEditorsLanguage() throws Exception {
		byte[] eleven = new byte[11 * 1024 * 1024];
		HttpResponse<String> refused = this.first.firstAdministrator()
			.upload("/admin/images/new?lang=ru", "/admin/images?lang=ru", words(), "file", "huge.jpg", eleven);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("Файл слишком большой", "не больше 10 МБ");
	}

	@Test
	void aVisitorMeetsTheUsualLimitOnTheUploadRoute() throws Exception {
		HttpResponse<String> refused = this.first.visitor()
			.upload("/tributes", "/admin/images", Map.of(), "file", "photo.jpg", new byte[100 * 1024]);
		assertThat(refused.statusCode()).isEqualTo(413);
	}

	private static Map<String, String> words() {
		return Map.of("kind", "PHOTO", "texts[az].altText", "Sınaq şəkli", "texts[en].altText", "A test picture",
				"texts[ru].altText", "Тестовое изображение");
	}

	/** Random grey pixels: a JPEG that compresses badly, so larger than a form. */
	private static byte[] noise(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int grey = random.nextInt(256);
				image.setRGB(x, y, (grey << 16) | (grey << 8) | grey);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
