package az.blackjanuary.memorial.tribute;

import java.time.Instant;

import az.blackjanuary.memorial.system.ContentSection;
import az.blackjanuary.memorial.system.Rows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The wall in the export document: approved tributes only, and of them only what the wall
 * shows and its moderators decided. No address hash, key hash or report leaves the site:
 * whoever holds the document cannot tell who wrote a tribute or take over its private
 * link.
 */
@Component
@Order(30)
class TributeContent implements ContentSection<TributeContent.ExportedTribute[]> {

	private final JdbcClient jdbc;

	private final WallWords words;

	TributeContent(JdbcClient jdbc, WallWords words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	@Override
	public String name() {
		return "tributes";
	}

	@Override
	public Class<ExportedTribute[]> type() {
		return ExportedTribute[].class;
	}

	@Override
	public void export(JsonGenerator document) {
		document.writePOJO(this.jdbc.sql("""
				SELECT id, author_name, place, message, lang, name_shown, created_at, moderated_at, edited_at,
				    remembered_person_id
				FROM tribute WHERE status = 'APPROVED' ORDER BY id""")
			.query((row, number) -> new ExportedTribute(row.getLong("id"), row.getString("author_name"),
					row.getString("place"), row.getString("message"), row.getString("lang"),
					row.getString("name_shown"), Rows.instant(row, "created_at"), Rows.instant(row, "moderated_at"),
					Rows.instant(row, "edited_at"), row.getObject("remembered_person_id", Long.class)))
			.list()
			.toArray(ExportedTribute[]::new));
	}

	@Override
	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM tribute").query(Long.class).single() == 0;
	}

	@Override
	public void clear() {
		// An empty site has no tribute to clear.
	}

	@Override
	public void restore(ExportedTribute[] tributes) {
		for (ExportedTribute tribute : tributes) {
			String searchText = SearchText.of(tribute.message(), tribute.place(), tribute.name(),
					NameShown.valueOf(tribute.nameShown()));
			this.jdbc.sql("""
					INSERT INTO tribute (id, author_name, place, message, lang, status, name_shown, created_at,
					    moderated_at, edited_at, remembered_person_id, search_text)
					VALUES (?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?)""")
				.params(tribute.id(), tribute.name(), tribute.place(), tribute.message(), tribute.language(),
						tribute.nameShown(), Rows.column(tribute.createdAt()), Rows.column(tribute.moderatedAt()),
						Rows.column(tribute.editedAt()), tribute.rememberedPersonId(), searchText)
				.update();
			this.words.add(tribute.id(), tribute.createdAt(), searchText);
		}
		Rows.restartIdentityAfter(this.jdbc, "tribute");
	}

	/**
	 * @param name the name as its author wrote it; {@code nameShown} says how the wall
	 * shows it ({@code FULL}, {@code INITIALS} or {@code ANONYMOUS})
	 * @param language the language it was written in
	 * @param rememberedPersonId the person of the register it is left in memory of, in
	 * the same document, or null
	 */
	record ExportedTribute(long id, String name, String place, String message, String language, String nameShown,
			Instant createdAt, Instant moderatedAt, Instant editedAt, Long rememberedPersonId) {
	}

}
