package az.blackjanuary.memorial.image;

import java.util.Optional;

import az.blackjanuary.memorial.image.ResizedImage.Rendition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The encoded widths of each image, in the database so that every instance serves them;
 * read one at a time, never with the image's words.
 */
@Component
class Renditions {

	private final JdbcClient jdbc;

	Renditions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(long imageId, ResizedImage resized) {
		for (Rendition rendition : resized.renditions()) {
			store(imageId, rendition);
		}
	}

	void store(long imageId, Rendition rendition) {
		this.jdbc.sql("INSERT INTO image_rendition (image_id, width, height, bytes) VALUES (?, ?, ?, ?)")
			.params(imageId, rendition.width(), rendition.height(), rendition.bytes())
			.update();
	}

	/** The bytes at one width of the image whose addresses carry this hash. */
	Optional<byte[]> bytes(String contentHash, int width, String extension) {
		return this.jdbc.sql("""
				SELECT r.bytes FROM image_rendition r JOIN image i ON i.id = r.image_id
				WHERE i.content_hash = ? AND r.width = ? AND i.format = ?""")
			.params(contentHash, width, extension)
			.query((row, number) -> row.getBytes(1))
			.optional();
	}

	java.util.List<Rendition> of(long imageId) {
		return this.jdbc.sql("SELECT width, height, bytes FROM image_rendition WHERE image_id = ? ORDER BY width")
			.param(imageId)
			.query((row, number) -> new Rendition(row.getInt(1), row.getInt(2), row.getBytes(3)))
			.list();
	}

}
