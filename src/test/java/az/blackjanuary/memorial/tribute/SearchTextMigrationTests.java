package az.blackjanuary.memorial.tribute;

import java.sql.Connection;

import javax.sql.DataSource;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tributes stored before the search text existed are found after migration V57, as those
 * stored since.
 */
@MemorialSiteTest
class SearchTextMigrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void tributesStoredBeforeTheSearchTextAreFoundOnceMigrated() throws Exception {
		this.tributes.deleteAll();
		this.jdbc.sql("""
				INSERT INTO tribute (author_name, place, message, lang, status, name_shown, created_at)
				VALUES ('Rəşad Əliyev', 'Şəki', 'Unutmarıq, heç vaxt', 'az', 'APPROVED', 'FULL',
				        TIMESTAMP WITH TIME ZONE '2026-01-19 09:00:00+00')""").update();
		assertThat(this.mvc.get().uri("/tributes?q=unutmarıq")).bodyText().doesNotContain("Unutmarıq, heç vaxt");
		try (Connection connection = this.dataSource.getConnection()) {
			new SearchTextMigration().migrate(new Context() {

				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}

			});
		}
		assertThat(this.mvc.get().uri("/tributes?q=UNUTMARIQ")).bodyText().contains("Unutmarıq, heç vaxt");
		assertThat(this.mvc.get().uri("/tributes?q=şəki")).bodyText().contains("Unutmarıq, heç vaxt");
		assertThat(this.mvc.get().uri("/tributes?q=rəşad əliyev")).bodyText().contains("Unutmarıq, heç vaxt");
	}

}
