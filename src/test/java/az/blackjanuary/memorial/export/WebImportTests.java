package az.blackjanuary.memorial.export;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import az.blackjanuary.memorial.system.SiteInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator restores an export from the backup page, on real servers: the file is
 * larger than any form, so the page takes a larger body, but only from a signed-in
 * administrator, and every other route keeps its 64 KiB.
 */
class WebImportTests {

	private static final String IMPORT_LIMIT = "--memorial.export.web-import-limit=1MB";

	private static SiteInstance source;

	private static SiteInstance empty;

	@BeforeAll
	static void start() {
		source = SiteInstance.start(memoryDatabase(), IMPORT_LIMIT);
		empty = SiteInstance.start(memoryDatabase(), IMPORT_LIMIT);
	}

	@AfterAll
	static void stop() {
		source.close();
		empty.close();
	}

	@Test
	void anExportDownloadedFromOneSiteIsRestoredIntoAnEmptyOneOnce() throws Exception {
		String marker = UUID.randomUUID().toString();
		JdbcTemplate jdbc = source.bean(JdbcTemplate.class);
		for (int i = 0; i < 200; i++) {
			jdbc.update(
					"INSERT INTO tribute (author_name, message, lang, status, created_at, moderated_at, name_shown) "
							+ "VALUES ('Leyla', ?, 'en', 'APPROVED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'FULL')",
					"Restored " + marker + " " + i + " " + "We remember those who fell that night. ".repeat(10));
		}
		SiteClient keeper = source.firstAdministrator();
		HttpResponse<String> download = keeper.submit("/admin/export", "/admin/export", Map.of());
		assertThat(download.statusCode()).isEqualTo(200);
		byte[] document = download.body().getBytes(StandardCharsets.UTF_8);
		assertThat(document.length).as("an export larger than any form").isGreaterThan(64 * 1024);

		SiteClient restorer = empty.firstAdministrator();
		HttpResponse<String> restored = restorer.upload("/admin/export", "/admin/import", "document", "backup.json",
				document);
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(restored.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/export"));
		assertThat(restorer.get("/admin/export?lang=en").body()).contains("Imported backup.json");
		assertThat(empty.visitor().get("/tributes?lang=en").body()).contains("Restored " + marker + " 199");

		HttpResponse<String> again = restorer.upload("/admin/export?lang=en", "/admin/import?lang=en", "document",
				"backup.json", document);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("This site is not empty");
		assertThat(empty.bean(JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM tribute WHERE message LIKE ?", Integer.class,
					"Restored " + marker + "%"))
			.as("nothing imported twice")
			.isEqualTo(200);
	}

	@Test
	void aFileThatIsNotAnExportIsRefusedInTheAdministratorsLanguage() throws Exception {
		SiteClient keeper = source.firstAdministrator();
		HttpResponse<String> refused = keeper.upload("/admin/export?lang=ru", "/admin/import?lang=ru", "document",
				"photo.json", "not json at all".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Файл не является документом JSON.");
	}

	@Test
	void aFileOverTheLimitIsRefusedUnreadWithTheLimitNamed() throws Exception {
		SiteClient keeper = source.firstAdministrator();
		HttpResponse<String> refused = keeper.upload("/admin/export?lang=en", "/admin/import?lang=en", "document",
				"huge.json", new byte[2 * 1024 * 1024]);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("This page takes files of up to 1 MB.");
	}

	@Test
	void aVisitorWhoIsNotSignedInMeetsTheUsualLimit() throws Exception {
		SiteClient visitor = source.visitor();
		HttpResponse<String> large = visitor.upload("/tributes", "/admin/import", "document", "backup.json",
				new byte[100 * 1024]);
		assertThat(large.statusCode()).isEqualTo(413);
		HttpResponse<String> small = visitor.upload("/tributes", "/admin/import", "document", "backup.json",
				"{}".getBytes(StandardCharsets.UTF_8));
		assertThat(small.statusCode()).as("sent to sign in").isEqualTo(302);
	}

	@Test
	void noOtherRouteTakesAFile() throws Exception {
		HttpResponse<String> refused = source.firstAdministrator()
			.upload("/tributes", "/tributes", "message", "words.txt", "Unutmarıq".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(415);
	}

	private static String memoryDatabase() {
		return "jdbc:h2:mem:web-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

}
