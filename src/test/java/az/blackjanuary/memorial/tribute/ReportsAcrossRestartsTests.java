package az.blackjanuary.memorial.tribute;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import az.blackjanuary.memorial.system.SiteInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site without a configured secret, on an H2 file, stopped and started again: a
 * visitor is still the same visitor, so a report counts once, and a form handed out
 * before still works.
 */
class ReportsAcrossRestartsTests {

	@TempDir
	private Path dataDirectory;

	@Test
	void aVisitorsReportCountsOnceAcrossARestart() throws Exception {
		String database = "jdbc:h2:file:" + this.dataDirectory.resolve("memorial");
		long id;
		SiteClient visitor;
		String formFromBefore;
		try (SiteInstance site = start(database)) {
			id = tribute("Reported twice " + UUID.randomUUID()).approved().saveIn(site.bean(TributeRepository.class));
			visitor = site.visitor();
			assertThat(report(visitor, id).statusCode()).isEqualTo(302);
			assertThat(reports(site, id)).isOne();
			formFromBefore = visitor.get("/tributes").body();
		}

		try (SiteInstance restarted = start(database)) {
			SiteClient sameVisitor = visitor.at(restarted.port());
			assertThat(report(sameVisitor, id).statusCode()).isEqualTo(302);
			assertThat(reports(restarted, id)).as("the same visitor, after a restart").isOne();
			String message = "Sent with a form from before the restart " + UUID.randomUUID();
			assertThat(sameVisitor.post("/tributes", SiteClient.formFields(formFromBefore, Map.of("message", message)))
				.headers()
				.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/tributes/yours/"));
		}
	}

	private static int reports(SiteInstance site, long id) {
		return site.bean(JdbcTemplate.class)
			.queryForObject("select report_count from tribute where id = ?", Integer.class, id);
	}

	private static java.net.http.HttpResponse<String> report(SiteClient visitor, long id) throws Exception {
		return visitor.submit("/tributes", "/tributes/" + id + "/report", Map.of("reason", "SPAM"));
	}

	private static SiteInstance start(String database) {
		return SiteInstance.start(database, "--memorial.tribute.secret=");
	}

}
