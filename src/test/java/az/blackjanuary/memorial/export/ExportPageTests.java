package az.blackjanuary.memorial.export;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The administrators' backup page: a download behind a CSRF-protected form, written to
 * the audit log.
 */
@MemorialSiteTest
class ExportPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAdministratorDownloadsAllContentAndTheAuditLogSaysWho() {
		assertThat(this.mvc.get().uri("/admin/export?lang=en").with(user("keeper").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Download the document");

		MvcTestResult download = this.mvc.post()
			.uri("/admin/export")
			.with(user("keeper").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"memorial-export-\\d{4}-\\d{2}-\\d{2}\\.json\"");
		assertThat(download.getResponse().getHeader("Content-Length"))
			.as("written as it is read, not held whole (every image in it) for an entity tag")
			.isNull();
		assertThat(download).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.format", (format) -> format.assertThat().isEqualTo("memorial-export"))
			.hasPathSatisfying("$.version", (version) -> version.assertThat().isEqualTo(1))
			.hasPathSatisfying("$.releases[0].slug",
					(slug) -> slug.assertThat().isEqualTo("2022-thirty-second-anniversary-of-the-black-january"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where actor = 'keeper' and action = 'CONTENT_EXPORTED'",
				Integer.class))
			.isOne();
	}

	@Test
	void aDownloadWithoutTheFormsTokenIsRefused() {
		assertThat(this.mvc.post().uri("/admin/export").with(user("keeper").roles("ADMIN"))).hasStatus(403);
	}

	@Test
	void onlyAdministratorsMayDownload() {
		assertThat(this.mvc.post().uri("/admin/export").with(user("moderator").roles("MODERATOR")).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/export").with(csrf())).hasStatus3xxRedirection();
	}

}
