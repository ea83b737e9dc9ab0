package az.blackjanuary.memorial.tribute;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.MemorialApplication;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site without a configured secret, on an H2 file, stopped and started again: a visitor is
 * still the same visitor, so a report counts once, and a form handed out before still works.
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
		try (ConfigurableApplicationContext site = start(database)) {
			id = site.getBean(TributeService.class)
				.submit(new TributeForm(null, null, "Reported twice " + UUID.randomUUID(), null), Language.EN);
			site.getBean(TributeModeration.class).approve(id);
			visitor = new SiteClient(port(site));
			assertThat(report(visitor, id).statusCode()).isEqualTo(302);
			assertThat(reports(site, id)).isOne();
			formFromBefore = visitor.get("/tributes").body();
		}

		try (ConfigurableApplicationContext restarted = start(database)) {
			SiteClient sameVisitor = visitor.at(port(restarted));
			assertThat(report(sameVisitor, id).statusCode()).isEqualTo(302);
			assertThat(reports(restarted, id)).as("the same visitor, after a restart").isOne();
			String message = "Sent with a form from before the restart " + UUID.randomUUID();
			assertThat(sameVisitor.post("/tributes", SiteClient.formFields(formFromBefore, Map.of("message", message)))
				.headers()
				.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/tributes/yours/"));
		}
	}

	private static int reports(ConfigurableApplicationContext site, long id) {
		return site.getBean(JdbcTemplate.class)
			.queryForObject("select report_count from tribute where id = ?", Integer.class, id);
	}

	private static java.net.http.HttpResponse<String> report(SiteClient visitor, long id) throws Exception {
		return visitor.submit("/tributes", "/tributes/" + id + "/report", Map.of("reason", "SPAM"));
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(MemorialApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.jmx.enabled=false", "--memorial.tribute.secret=");
	}

	private static int port(ConfigurableApplicationContext site) {
		return Integer.parseInt(site.getEnvironment().getRequiredProperty("local.server.port"));
	}

}
