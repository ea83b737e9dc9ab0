package az.blackjanuary.memorial.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import az.blackjanuary.memorial.OperatorCommand;
import az.blackjanuary.memorial.system.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' export and import, as run from the command line: a site's content goes
 * through a second, empty site and back into a third, and all three exports hold the same
 * content. What identifies a visitor, opens an account or was never approved stays
 * behind. Only the commands start the site, each start costing seconds: the first
 * database is filled and the last one read with SQL alone.
 */
class ExportRoundTripTests {

	private static final String CLIENT_HASH = "c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1";

	private static final String KEY_HASH = "k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2";

	private static final String IMAGE_HASH = "0123456789abcdef0123";

	/** Stands for an image's bytes: the export carries them whatever they are. */
	private static final byte[] IMAGE_BYTES = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, (byte) 0xFF,
			(byte) 0xD9 };

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path folder;

	/**
	 * The database the content passes through; PostgresExportRoundTripTests puts it on
	 * PostgreSQL.
	 */
	protected List<String> middleSite() throws Exception {
		return h2("middle");
	}

	@Test
	void contentGoesThroughAnEmptySiteAndBackUnchanged() throws Exception {
		List<String> first = h2("first");
		String marker = UUID.randomUUID().toString();
		fill(MigratedDatabase.h2(h2Url("first")), marker);
		Path firstExport = this.folder.resolve("first.json");
		assertThat(command("export", firstExport, first)).isZero();

		String document = Files.readString(firstExport);
		assertThat(document).contains("\"format\" : \"memorial-export\"", "\"version\" : 1", "Approved " + marker,
				"Unutmayacağıq — Не забудем 🌹", "Release " + marker, "Event " + marker, "moderator-" + marker,
				"Image " + marker, Base64.getEncoder().encodeToString(IMAGE_BYTES), "Test Person " + marker,
				"\"rememberedPersonId\" : ", "\"namedPeople\" : [ ");
		assertThat(document).doesNotContain("Pending " + marker, "Rejected " + marker, CLIENT_HASH, KEY_HASH, "$2a$",
				"password");

		List<String> middle = middleSite();
		Path middleExport = this.folder.resolve("middle.json");
		assertThat(command("import", firstExport, middle)).isZero();
		assertThat(command("import", firstExport, middle)).as("a second import finds the site not empty").isOne();
		assertThat(command("export", middleExport, middle)).isZero();

		List<String> last = h2("last");
		Path lastExport = this.folder.resolve("last.json");
		assertThat(command("import", middleExport, last)).isZero();
		assertThat(command("export", lastExport, last)).isZero();

		assertThat(content(middleExport)).isEqualTo(content(firstExport));
		assertThat(content(lastExport)).isEqualTo(content(firstExport));
		JdbcTemplate imported = MigratedDatabase.existingH2(h2Url("last"));
		assertThat(imported.queryForObject("SELECT body_html FROM release_text WHERE title = ?", String.class,
				"Release " + marker))
			.as("an imported body is rendered")
			.contains("<strong>");
		imported.update(
				"INSERT INTO tribute (message, lang, status, created_at) VALUES ('after', 'en', 'PENDING', CURRENT_TIMESTAMP)");
		assertThat(imported.queryForObject("SELECT MAX(id) FROM tribute", Long.class))
			.as("new tributes take ids after the imported ones")
			.isGreaterThan(1000L);
		assertThat(imported.queryForObject(
				"SELECT r.bytes FROM image_rendition r JOIN image i ON i.id = r.image_id WHERE i.content_hash = ?",
				byte[].class, IMAGE_HASH))
			.as("an image's bytes come back as they were, at the same address")
			.isEqualTo(IMAGE_BYTES);
		assertThat(imported.queryForObject(
				"SELECT COUNT(*) FROM anniversary_release r JOIN image i ON i.id = r.image_id WHERE i.content_hash = ?",
				Integer.class, IMAGE_HASH))
			.as("the release still shows its picture")
			.isOne();
		assertThat(imported.queryForObject(
				"SELECT COUNT(*) FROM person p JOIN image i ON i.id = p.image_id WHERE i.content_hash = ?",
				Integer.class, IMAGE_HASH))
			.as("the person still shows their photograph")
			.isOne();
	}

	@Test
	void aDocumentThatIsNotAnExportIsRefused() throws Exception {
		Path notAnExport = Files.writeString(this.folder.resolve("other.json"), "{\"format\": \"other\"}");
		assertThat(command("import", notAnExport, h2("empty"))).isOne();
	}

	private static void fill(JdbcTemplate jdbc, String marker) {
		jdbc.update(
				"""
						INSERT INTO image (content_hash, kind, format, width, height, credit, uploaded_at)
						VALUES (?, 'DOCUMENT', 'jpg', 480, 640, 'Archive', TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+04:00')""",
				IMAGE_HASH);
		long image = jdbc.queryForObject("SELECT id FROM image WHERE content_hash = ?", Long.class, IMAGE_HASH);
		jdbc.update("INSERT INTO image_text (image_id, lang, alt_text, caption) VALUES (?, 'az', ?, NULL)", image,
				"Image " + marker);
		jdbc.update("INSERT INTO image_rendition (image_id, width, height, bytes) VALUES (?, 480, 640, ?)", image,
				IMAGE_BYTES);
		jdbc.update(
				"""
						INSERT INTO anniversary_release (slug, commemorated_on, created_at, updated_at, image_id)
						VALUES (?, DATE '2027-01-20', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+04:00', TIMESTAMP WITH TIME ZONE '2026-12-02 10:00:00+04:00',
						    (SELECT MAX(id) FROM image))""",
				"draft-" + marker);
		long release = jdbc.queryForObject("SELECT id FROM anniversary_release WHERE slug = ?", Long.class,
				"draft-" + marker);
		jdbc.update(
				"INSERT INTO release_text (release_id, lang, title, summary, body_markdown, translated_from) VALUES (?, 'az', ?, 's', ?, 'en')",
				release, "Release " + marker, "Some **strong** words");
		jdbc.update("INSERT INTO release_figure (release_id, kind, figure) VALUES (?, 'KILLED', 131)", release);
		jdbc.update(
				"INSERT INTO timeline_event (starts_on, date_precision, sort_order, source_release_id) VALUES (DATE '1990-01-19', 'DAY', 60, ?)",
				release);
		jdbc.update(
				"INSERT INTO timeline_event_text (event_id, lang, title, body) VALUES ((SELECT MAX(id) FROM timeline_event), 'ru', ?, 'b')",
				"Event " + marker);
		jdbc.update(
				"""
						INSERT INTO person (reference, slug, state, died_on, died_precision, age, search_key, updated_at, image_id)
						VALUES (?, ?, 'PUBLISHED', DATE '1990-01-20', 'DAY', 30, 'test', CURRENT_TIMESTAMP, ?)""",
				"test-" + marker, "test-person-" + marker, image);
		jdbc.update(
				"INSERT INTO person_text (person_id, lang, full_name, about) VALUES ((SELECT MAX(id) FROM person), 'az', ?, 'Sınaq qeydi')",
				"Test Person " + marker);
		jdbc.update(
				"INSERT INTO timeline_event_person (event_id, person_id) VALUES ((SELECT MAX(id) FROM timeline_event), (SELECT MAX(id) FROM person))");
		jdbc.update("ALTER TABLE tribute ALTER COLUMN id RESTART WITH 1000");
		for (String status : List.of("APPROVED", "PENDING", "REJECTED", "DELETED")) {
			jdbc.update(
					"""
							INSERT INTO tribute (author_name, place, message, lang, status, created_at, moderated_at, client_hash,
							    author_key_hash, message_digest, name_shown, remembered_person_id)
							VALUES ('Aysel Məmmədova', 'Bakı', ?, 'az', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, 'INITIALS',
							    (SELECT MAX(id) FROM person))""",
					status.charAt(0) + status.substring(1).toLowerCase() + " " + marker
							+ " Unutmayacağıq — Не забудем 🌹",
					status, CLIENT_HASH, (status.equals("APPROVED") ? KEY_HASH : null), CLIENT_HASH);
		}
		jdbc.update("UPDATE carnation_counter SET total = 7");
		// The administrator a site makes on its first start; this one was filled without
		// starting, and a moderator's account here keeps the export from making one.
		jdbc.update(
				"INSERT INTO admin_account (username, password_hash, role, enabled, created_at) VALUES ('admin', '$2a$10$def', 'ADMIN', TRUE, CURRENT_TIMESTAMP)");
		jdbc.update(
				"INSERT INTO admin_account (username, password_hash, role, enabled, created_at) VALUES (?, '$2a$10$abc', 'MODERATOR', FALSE, CURRENT_TIMESTAMP)",
				"moderator-" + marker);
	}

	private JsonNode content(Path export) throws Exception {
		ObjectNode document = (ObjectNode) this.json.readTree(Files.readString(export));
		document.remove("exportedAt");
		return document;
	}

	private static int command(String command, Path file, List<String> database) {
		List<String> args = new ArrayList<>(List.of(command, file.toString(), "--spring.jmx.enabled=false"));
		args.addAll(database);
		String[] arguments = args.toArray(String[]::new);
		return OperatorCommand.of(arguments).run(arguments);
	}

	private List<String> h2(String name) {
		return List.of("--spring.datasource.url=" + h2Url(name));
	}

	private String h2Url(String name) {
		return "jdbc:h2:file:" + this.folder.resolve(name).toAbsolutePath();
	}

}
