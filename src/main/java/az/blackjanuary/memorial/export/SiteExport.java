package az.blackjanuary.memorial.export;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.system.ContentSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * All the site's content as one versioned JSON document, and back. Each feature writes
 * and restores its own section ({@link ContentSection}); this class only frames the
 * document, checks that an import goes into an empty site, and writes both to the audit
 * log.
 */
@Service
public class SiteExport {

	static final String FORMAT = "memorial-export";

	static final int VERSION = 1;

	private final List<ContentSection<?>> sections;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	SiteExport(ObjectProvider<ContentSection<?>> sections, AuditLog audit, JsonMapper json, Clock clock) {
		this.sections = sections.orderedStream().toList();
		this.audit = audit;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
		this.clock = clock;
	}

	/**
	 * Writes the document; the export is in the audit log, and one snapshot of the
	 * database.
	 */
	@Transactional
	public void export(OutputStream out) {
		this.audit.record(AuditAction.CONTENT_EXPORTED, null);
		// Written as it is read, section by section, so that it is never held whole.
		try (JsonGenerator document = this.json.createGenerator(out)) {
			document.writeStartObject();
			document.writeStringProperty("format", FORMAT);
			document.writeNumberProperty("version", VERSION);
			document.writeStringProperty("exportedAt", this.clock.instant().toString());
			for (ContentSection<?> section : this.sections) {
				document.writeName(section.name());
				section.export(document);
			}
			document.writeEndObject();
		}
	}

	/**
	 * Takes a document into this site, which must be empty: no tribute, no carnation, and
	 * nothing changed by an editor since the migrations seeded it. All of it is stored,
	 * or nothing.
	 * @throws ImportRefusedException when the site is not empty or the document is not an
	 * export
	 */
	@Transactional
	public void importFrom(InputStream in) {
		JsonNode document = read(in);
		if (!FORMAT.equals(document.path("format").asString(null))) {
			throw new ImportRefusedException("format", FORMAT);
		}
		if (document.path("version").asInt(-1) != VERSION) {
			throw new ImportRefusedException("version", document.path("version").toString(), VERSION);
		}
		List<String> missing = this.sections.stream()
			.filter((section) -> !section.addedLater())
			.map(ContentSection::name)
			.filter((name) -> !document.has(name))
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportRefusedException("missing", String.join(", ", missing));
		}
		if (this.audit.recordsAnyChange() || !this.sections.stream().allMatch(ContentSection::isEmpty)) {
			throw new ImportRefusedException("notEmpty");
		}
		for (int i = this.sections.size() - 1; i >= 0; i--) {
			this.sections.get(i).clear();
		}
		for (ContentSection<?> section : this.sections) {
			if (document.has(section.name())) {
				restore(section, document.get(section.name()));
			}
		}
		this.audit.record(AuditAction.CONTENT_IMPORTED, null);
	}

	private JsonNode read(InputStream in) {
		try {
			JsonNode document = this.json.readTree(in);
			if (document == null || !document.isObject()) {
				throw new ImportRefusedException("unreadable");
			}
			return document;
		}
		catch (JacksonException unreadable) {
			throw new ImportRefusedException("unreadable", unreadable);
		}
	}

	private <T> void restore(ContentSection<T> section, JsonNode content) {
		try {
			section.restore(this.json.treeToValue(content, section.type()));
		}
		catch (JacksonException unreadable) {
			throw new ImportRefusedException("section", unreadable, section.name());
		}
	}

}
