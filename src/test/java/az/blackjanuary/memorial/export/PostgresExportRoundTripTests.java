package az.blackjanuary.memorial.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/**
 * The round trip H2 → PostgreSQL → H2, the middle site in a schema of its own on the real
 * PostgreSQL server ({@code MEMORIAL_TEST_POSTGRES_URL}), dropped afterwards.
 */
@Tag("postgres")
class PostgresExportRoundTripTests extends ExportRoundTripTests {

	private static final String URL = env("MEMORIAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/memorial_ci");

	private static final String USER = env("MEMORIAL_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = env("MEMORIAL_TEST_POSTGRES_PASSWORD", "");

	private final String schema = "export_" + UUID.randomUUID().toString().replace("-", "");

	@Override
	protected List<String> middleSite() throws Exception {
		sql("CREATE SCHEMA " + this.schema);
		return List.of(
				"--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + this.schema,
				"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
				"--spring.flyway.default-schema=" + this.schema);
	}

	@AfterEach
	void dropTheMiddleSite() throws Exception {
		sql("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
	}

	private static void sql(String statement) throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isEmpty()) ? value : otherwise;
	}

}
