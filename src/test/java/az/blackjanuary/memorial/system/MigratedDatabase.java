package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An H2 file database made by the site's own migrations without starting the site, for a
 * test that fills it with SQL before an operator's command starts the site on it, or that
 * reads what such a command left. A start of the whole site costs seconds; the migrations
 * alone cost a fraction of one.
 */
public final class MigratedDatabase {

	private MigratedDatabase() {
	}

	/** The database at {@code url}, migrated to the site's newest schema. */
	public static JdbcTemplate h2(String url) {
		Flyway.configure().dataSource(url, "sa", "").locations(siteLocations("h2")).load().migrate();
		return existingH2(url);
	}

	/** The database at {@code url} as a command left it, without migrating anything. */
	public static JdbcTemplate existingH2(String url) {
		return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
	}

	/** The site's {@code spring.flyway.locations}, for one database vendor. */
	private static String[] siteLocations(String vendor) {
		Properties site = new Properties();
		try (InputStream in = MigratedDatabase.class.getResourceAsStream("/application.properties")) {
			site.load(in);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return site.getProperty("spring.flyway.locations").replace("{vendor}", vendor).split(",");
	}

}
