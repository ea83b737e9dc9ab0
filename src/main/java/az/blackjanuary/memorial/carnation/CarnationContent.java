package az.blackjanuary.memorial.carnation;

import az.blackjanuary.memorial.system.ContentSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** The carnations laid, in the export document. */
@Component
@Order(40)
class CarnationContent implements ContentSection<CarnationContent.ExportedCarnations> {

	private final JdbcClient jdbc;

	CarnationContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "carnations";
	}

	@Override
	public Class<ExportedCarnations> type() {
		return ExportedCarnations.class;
	}

	@Override
	public void export(JsonGenerator document) {
		document.writePOJO(new ExportedCarnations(total()));
	}

	@Override
	public boolean isEmpty() {
		return total() == 0;
	}

	private long total() {
		return this.jdbc.sql("SELECT total FROM carnation_counter WHERE id = " + CarnationCounter.THE_COUNTER)
			.query(Long.class)
			.single();
	}

	@Override
	public void clear() {
		// An empty site has laid none.
	}

	@Override
	public void restore(ExportedCarnations carnations) {
		this.jdbc.sql("UPDATE carnation_counter SET total = ? WHERE id = " + CarnationCounter.THE_COUNTER)
			.param(carnations.total())
			.update();
	}

	record ExportedCarnations(long total) {
	}

}
