package az.blackjanuary.memorial.names;

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
 * The register in the export document: every entry, drafts and hidden ones too. It comes
 * before the timeline, whose events may name people of it, and the tributes, which may
 * remember one.
 */
@Component
@Order(15)
class PersonContent implements ContentSection<PersonContent.ExportedPerson[]> {

	private final JdbcClient jdbc;

	PersonContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "names";
	}

	@Override
	public Class<ExportedPerson[]> type() {
		return ExportedPerson[].class;
	}

	@Override
	public void export(JsonGenerator document) {
		document.writePOJO(this.jdbc.sql("SELECT * FROM person ORDER BY id")
			.query((row, number) -> person(row))
			.list()
			.toArray(ExportedPerson[]::new));
	}

	private ExportedPerson person(ResultSet row) throws SQLException {
		long id = row.getLong("id");
		Map<String, ExportedText> texts = new TreeMap<>();
		this.jdbc.sql("SELECT lang, full_name, about FROM person_text WHERE person_id = ?").param(id).query((text) -> {
			texts.put(text.getString("lang"), new ExportedText(text.getString("full_name"), text.getString("about")));
		});
		return new ExportedPerson(id, row.getString("reference"), row.getString("slug"), row.getString("state"),
				row.getObject("born_on", LocalDate.class), row.getString("born_precision"),
				row.getObject("died_on", LocalDate.class), row.getString("died_precision"),
				row.getObject("age", Integer.class), row.getString("place"), row.getString("source"),
				row.getString("search_key"), Rows.instant(row, "updated_at"), texts,
				row.getObject("image_id", Long.class));
	}

	@Override
	public void clear() {
		// An empty site has no entry: the register ships empty.
	}

	@Override
	public void restore(ExportedPerson[] people) {
		for (ExportedPerson person : people) {
			this.jdbc.sql("""
					INSERT INTO person (id, reference, slug, state, born_on, born_precision, died_on, died_precision,
					    age, place, source, search_key, updated_at, image_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(person.id(), person.reference(), person.slug(), person.state(), person.bornOn(),
						person.bornPrecision(), person.diedOn(), person.diedPrecision(), person.age(), person.place(),
						person.source(), person.searchKey(), Rows.column(person.updatedAt()), person.imageId())
				.update();
			person.texts()
				.forEach((lang, text) -> this.jdbc
					.sql("INSERT INTO person_text (person_id, lang, full_name, about) VALUES (?, ?, ?, ?)")
					.params(person.id(), lang, text.name(), text.about())
					.update());
		}
		Rows.restartIdentityAfter(this.jdbc, "person");
	}

	@Override
	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single() == 0;
	}

	/**
	 * @param reference the entry's stable identifier, as CSV files carry it
	 * @param state {@code DRAFT}, {@code PUBLISHED} or {@code HIDDEN}
	 * @param bornPrecision how precise the day of birth is: {@code YEAR}, {@code MONTH}
	 * or {@code DAY}
	 * @param texts the name and short text by language code
	 * @param imageId the id of their photograph, in the same document, or null
	 */
	record ExportedPerson(long id, String reference, String slug, String state, LocalDate bornOn, String bornPrecision,
			LocalDate diedOn, String diedPrecision, Integer age, String place, String source, String searchKey,
			Instant updatedAt, Map<String, ExportedText> texts, Long imageId) {

		ExportedPerson {
			texts = (texts != null) ? texts : Map.of();
		}

	}

	record ExportedText(String name, String about) {
	}

}
