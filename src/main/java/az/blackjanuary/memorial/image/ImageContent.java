package az.blackjanuary.memorial.image;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import az.blackjanuary.memorial.image.ResizedImage.Rendition;
import az.blackjanuary.memorial.system.ContentSection;
import az.blackjanuary.memorial.system.Rows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The images in the export document: each with its words and every width as it is kept
 * (the bytes in base64), so that its addresses stay the same in the restored site. They
 * come before the releases and events that show them.
 */
@Component
@Order(5)
class ImageContent implements ContentSection<ImageContent.ExportedImage[]> {

	private final JdbcClient jdbc;

	private final Renditions renditions;

	ImageContent(JdbcClient jdbc, Renditions renditions) {
		this.jdbc = jdbc;
		this.renditions = renditions;
	}

	@Override
	public String name() {
		return "images";
	}

	@Override
	public Class<ExportedImage[]> type() {
		return ExportedImage[].class;
	}

	/** Documents written before the site kept images have none. */
	@Override
	public boolean addedLater() {
		return true;
	}

	/**
	 * Image by image, each read when it is written: every width of every image at once
	 * could outgrow the heap.
	 */
	@Override
	public void export(JsonGenerator document) {
		document.writeStartArray();
		this.jdbc.sql("SELECT * FROM image ORDER BY id").query((row) -> {
			document.writePOJO(image(row));
		});
		document.writeEndArray();
	}

	private ExportedImage image(ResultSet row) throws SQLException {
		long id = row.getLong("id");
		Map<String, ExportedText> texts = new TreeMap<>();
		this.jdbc.sql("SELECT lang, alt_text, caption FROM image_text WHERE image_id = ?").param(id).query((text) -> {
			texts.put(text.getString("lang"), new ExportedText(text.getString("alt_text"), text.getString("caption")));
		});
		List<ExportedRendition> widths = this.renditions.of(id)
			.stream()
			.map((rendition) -> new ExportedRendition(rendition.width(), rendition.height(), rendition.bytes()))
			.toList();
		return new ExportedImage(id, row.getString("content_hash"), row.getString("kind"), row.getString("format"),
				row.getInt("width"), row.getInt("height"), row.getString("credit"), Rows.instant(row, "uploaded_at"),
				texts, widths);
	}

	@Override
	public void clear() {
		this.jdbc.sql("DELETE FROM image").update();
	}

	@Override
	public void restore(ExportedImage[] images) {
		for (ExportedImage image : images) {
			this.jdbc.sql("""
					INSERT INTO image (id, content_hash, kind, format, width, height, credit, uploaded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(image.id(), image.contentHash(), image.kind(), image.format(), image.width(), image.height(),
						image.credit(), Rows.column(image.uploadedAt()))
				.update();
			image.texts()
				.forEach((lang, text) -> this.jdbc
					.sql("INSERT INTO image_text (image_id, lang, alt_text, caption) VALUES (?, ?, ?, ?)")
					.params(image.id(), lang, text.altText(), text.caption())
					.update());
			image.renditions()
				.forEach((rendition) -> this.renditions.store(image.id(),
						new Rendition(rendition.width(), rendition.height(), rendition.bytes())));
		}
		Rows.restartIdentityAfter(this.jdbc, "image");
	}

	/**
	 * @param contentHash the hash in the image's addresses
	 * @param kind {@code PHOTO} or {@code DOCUMENT}
	 * @param format {@code jpg} or {@code png}
	 * @param width the widest rendition's width
	 * @param texts each language's alternative text and caption, by language code
	 */
	record ExportedImage(long id, String contentHash, String kind, String format, int width, int height, String credit,
			Instant uploadedAt, Map<String, ExportedText> texts, List<ExportedRendition> renditions) {

		ExportedImage {
			texts = (texts != null) ? texts : Map.of();
			renditions = (renditions != null) ? renditions : List.of();
		}

	}

	record ExportedText(String altText, String caption) {
	}

	/** One width of the image; Jackson writes the bytes in base64. */
	record ExportedRendition(int width, int height, byte[] bytes) {
	}

}
