package az.blackjanuary.memorial.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import az.blackjanuary.memorial.system.ContentSection;
import az.blackjanuary.memorial.system.Rows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** The timeline in the export document: every event, hidden ones too, in its order. */
@Component
@Order(20)
class TimelineContent implements ContentSection<TimelineContent.ExportedEvent[]> {

	private final JdbcClient jdbc;

	TimelineContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public Class<ExportedEvent[]> type() {
		return ExportedEvent[].class;
	}

	@Override
	public void export(JsonGenerator document) {
		document.writePOJO(this.jdbc.sql("SELECT * FROM timeline_event ORDER BY id")
			.query((row, number) -> event(row))
			.list()
			.toArray(ExportedEvent[]::new));
	}

	private ExportedEvent event(ResultSet row) throws SQLException {
		long id = row.getLong("id");
		Map<String, ExportedText> texts = new TreeMap<>();
		this.jdbc.sql("SELECT lang, title, body FROM timeline_event_text WHERE event_id = ?")
			.param(id)
			.query((text) -> {
				texts.put(text.getString("lang"), new ExportedText(text.getString("title"), text.getString("body")));
			});
		List<Long> people = this.jdbc
			.sql("SELECT person_id FROM timeline_event_person WHERE event_id = ? ORDER BY person_id")
			.param(id)
			.query(Long.class)
			.list();
		return new ExportedEvent(id, row.getObject("starts_on", LocalDate.class),
				row.getObject("ends_on", LocalDate.class), row.getString("date_precision"), row.getInt("sort_order"),
				row.getBoolean("hidden"), row.getObject("source_release_id", Long.class), texts,
				row.getObject("image_id", Long.class), people);
	}

	@Override
	public void clear() {
		this.jdbc.sql("DELETE FROM timeline_event").update();
	}

	@Override
	public void restore(ExportedEvent[] events) {
		for (ExportedEvent event : events) {
			this.jdbc
				.sql("""
						INSERT INTO timeline_event (id, starts_on, ends_on, date_precision, sort_order, hidden, source_release_id,
						    image_id)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(event.id(), event.startsOn(), event.endsOn(), event.precision(), event.sortOrder(),
						event.hidden(), event.sourceReleaseId(), event.imageId())
				.update();
			event.texts()
				.forEach((lang, text) -> this.jdbc
					.sql("INSERT INTO timeline_event_text (event_id, lang, title, body) VALUES (?, ?, ?, ?)")
					.params(event.id(), lang, text.title(), text.body())
					.update());
			event.namedPeople()
				.forEach((person) -> this.jdbc
					.sql("INSERT INTO timeline_event_person (event_id, person_id) VALUES (?, ?)")
					.params(event.id(), person)
					.update());
		}
		Rows.restartIdentityAfter(this.jdbc, "timeline_event");
	}

	/**
	 * @param precision how precise the date is: {@code DECADE}, {@code LATE_DECADE},
	 * {@code YEAR}, {@code MONTH}, {@code DAY} or {@code DAY_RANGE}
	 * @param sourceReleaseId the id of the release it is sourced from, in the same
	 * document
	 * @param imageId the id of the picture shown with it, in the same document, or null
	 * @param namedPeople the ids of the people of the register it names, in the same
	 * document
	 */
	record ExportedEvent(long id, LocalDate startsOn, LocalDate endsOn, String precision, int sortOrder, boolean hidden,
			Long sourceReleaseId, Map<String, ExportedText> texts, Long imageId, List<Long> namedPeople) {

		ExportedEvent {
			texts = (texts != null) ? texts : Map.of();
			namedPeople = (namedPeople != null) ? namedPeople : List.of();
		}

	}

	record ExportedText(String title, String body) {
	}

}
