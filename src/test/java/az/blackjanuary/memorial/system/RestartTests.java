package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.MemorialApplication;
import az.blackjanuary.memorial.carnation.CarnationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded H2 file database keeps what visitors left when the site is stopped and started again. */
class RestartTests {

	@TempDir
	private Path dataDirectory;

	@Test
	void aTributeAndACarnationSurviveARestart() throws Exception {
		String database = "jdbc:h2:file:" + this.dataDirectory.resolve("memorial");
		String message = "Unutmayacağıq — Не забудем 🌹 " + UUID.randomUUID();
		long carnationsBefore;

		try (ConfigurableApplicationContext site = start(database)) {
			carnationsBefore = site.getBean(CarnationService.class).total();
			SiteClient visitor = new SiteClient(port(site));
			HttpResponse<String> tribute = visitor.submit("/tributes", "/tributes", Map.of("message", message));
			HttpResponse<String> carnation = visitor.submit("/", "/carnations", Map.of());
			assertThat(tribute.statusCode()).isEqualTo(302);
			assertThat(carnation.statusCode()).isEqualTo(302);
		}

		try (ConfigurableApplicationContext restarted = start(database)) {
			JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message))
				.isEqualTo(1);
			assertThat(restarted.getBean(CarnationService.class).total()).isEqualTo(carnationsBefore + 1);
			assertThat(new SiteClient(port(restarted)).get("/releases").statusCode()).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(MemorialApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.jmx.enabled=false");
	}

	private static int port(ConfigurableApplicationContext site) {
		return Integer.parseInt(site.getEnvironment().getRequiredProperty("local.server.port"));
	}

}
