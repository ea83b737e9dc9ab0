package az.blackjanuary.memorial.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import az.blackjanuary.memorial.system.ContentSection;
import az.blackjanuary.memorial.system.Rows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The releases in the export document: every release, draft or published, with its texts
 * and figures.
 */
@Component
@Order(10)
class ReleaseContent implements ContentSection<ReleaseContent.ExportedRelease[]> {

	private final JdbcClient jdbc;

	private final MarkdownRenderer markdown;

	ReleaseContent(JdbcClient jdbc, MarkdownRenderer markdown) {
		this.jdbc = jdbc;
		this.markdown = markdown;
	}

	@Override
	public String name() {
		return "releases";
	}

	@Override
	public Class<ExportedRelease[]> type() {
		return ExportedRelease[].class;
	}

	@Override
	public void export(JsonGenerator document) {
		document.writePOJO(this.jdbc.sql("SELECT * FROM anniversary_release ORDER BY id")
			.query((row, number) -> release(row))
			.list()
			.toArray(ExportedRelease[]::new));
	}

	private ExportedRelease release(ResultSet row) throws SQLException {
		long id = row.getLong("id");
		Map<String, ExportedText> texts = new TreeMap<>();
		this.jdbc.sql("SELECT * FROM release_text WHERE release_id = ?").param(id).query((text) -> {
			texts.put(text.getString("lang"), new ExportedText(text.getString("title"), text.getString("summary"),
					text.getString("body_markdown"), text.getString("translated_from")));
		});
		Map<String, Integer> figures = new TreeMap<>();
		this.jdbc.sql("SELECT kind, figure FROM release_figure WHERE release_id = ?").param(id).query((figure) -> {
			figures.put(figure.getString("kind"), figure.getInt("figure"));
		});
		return new ExportedRelease(id, row.getString("slug"), row.getObject("commemorated_on", LocalDate.class),
				Rows.instant(row, "published_at"), Rows.instant(row, "first_published_at"),
				row.getBoolean("publication_pending"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"),
				texts, figures, row.getObject("image_id", Long.class));
	}

	@Override
	public void clear() {
		this.jdbc.sql("DELETE FROM anniversary_release").update();
	}

	@Override
	public void restore(ExportedRelease[] releases) {
		for (ExportedRelease release : releases) {
			this.jdbc.sql("""
					INSERT INTO anniversary_release (id, slug, commemorated_on, published_at, first_published_at,
					    publication_pending, created_at, updated_at, image_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(release.id(), release.slug(), release.commemoratedOn(), Rows.column(release.publishedAt()),
						Rows.column(release.firstPublishedAt()), release.publicationPending(),
						Rows.column(release.createdAt()), Rows.column(release.updatedAt()), release.imageId())
				.update();
			release.texts()
				.forEach((lang, text) -> this.jdbc
					.sql("""
							INSERT INTO release_text (release_id, lang, title, summary, body_markdown, body_html, translated_from)
							VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(release.id(), lang, text.title(), text.summary(), text.bodyMarkdown(),
							this.markdown.toSafeHtml(text.bodyMarkdown()), text.translatedFrom())
					.update());
			release.figures()
				.forEach((kind, figure) -> this.jdbc
					.sql("INSERT INTO release_figure (release_id, kind, figure) VALUES (?, ?, ?)")
					.params(release.id(), kind, figure)
					.update());
		}
		Rows.restartIdentityAfter(this.jdbc, "anniversary_release");
	}

	/**
	 * @param texts each language's text, by language code
	 * @param figures the figures the release states, by kind ({@code KILLED},
	 * {@code WOUNDED}, {@code DETAINED})
	 * @param imageId the id of the picture shown with it, in the same document, or null
	 */
	record ExportedRelease(long id, String slug, LocalDate commemoratedOn, Instant publishedAt,
			Instant firstPublishedAt, boolean publicationPending, Instant createdAt, Instant updatedAt,
			Map<String, ExportedText> texts, Map<String, Integer> figures, Long imageId) {

		ExportedRelease {
			texts = (texts != null) ? texts : Map.of();
			figures = (figures != null) ? figures : Map.of();
		}

	}

	/**
	 * @param translatedFrom the language of the original, for a translation
	 */
	record ExportedText(String title, String summary, String bodyMarkdown, String translatedFrom) {
	}

}
