package az.blackjanuary.memorial.system;

import java.util.List;

/** The kill in the middle of the load, with the site on the real PostgreSQL server. */
@OnPostgreSQL
class PostgresCrashTests extends CrashTests {

	private static final String URL = env("MEMORIAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/memorial_ci");

	@Override
	protected List<String> databaseArguments() {
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + URL,
				"--spring.datasource.username=" + env("MEMORIAL_TEST_POSTGRES_USER", "postgres"),
				"--spring.datasource.password=" + env("MEMORIAL_TEST_POSTGRES_PASSWORD", ""));
	}

	@Override
	protected String restartedDatabaseUrl() {
		return URL;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null) ? value : otherwise;
	}

}
