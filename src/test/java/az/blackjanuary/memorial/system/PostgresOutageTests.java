package az.blackjanuary.memorial.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site on PostgreSQL while its database refuses every connection, and after: pages,
 * health and the API say the site is briefly unavailable (503), a tribute sent meanwhile
 * is handed back to its author instead of being lost, and everything works again, without
 * a restart, once the database is back. Runs on a database of its own so that no other
 * suite is touched.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresOutageTests {

	private static final String SERVER_URL = System.getenv()
		.getOrDefault("MEMORIAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/memorial_ci");

	private static final String USER = System.getenv().getOrDefault("MEMORIAL_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("MEMORIAL_TEST_POSTGRES_PASSWORD", "");

	private static final String DATABASE = "memorial_outage";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
		administer("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)", "CREATE DATABASE " + DATABASE);
		registry.add("spring.datasource.url", () -> SERVER_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"));
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	@Test
	void whileTheDatabaseIsAwayVisitorsAreToldSoAndNothingTheySendIsLost() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String message = "Unudulmayacaq, не забудем " + UUID.randomUUID();
		String form = visitor.get("/tributes?lang=en").body();
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);

		administer("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false",
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
		try {
			HttpResponse<String> home = visitor.get("/?lang=en");
			assertThat(home.statusCode()).isEqualTo(503);
			assertThat(home.headers().firstValue("Retry-After")).contains("30");
			assertThat(home.body()).contains("The site is briefly unavailable")
				.contains("class=\"site-header\"")
				.doesNotContain("Exception");

			HttpResponse<String> health = visitor.get("/actuator/health", "application/json");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");
			assertThat(visitor.get("/actuator/health/readiness", "application/json").statusCode())
				.as("the load balancer sends no one here")
				.isEqualTo(503);
			assertThat(visitor.get("/actuator/health/liveness", "application/json").statusCode())
				.as("nothing a restart would cure")
				.isEqualTo(200);

			HttpResponse<String> api = postJson("{\"message\": \"" + message + " API\"}");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).contains("30");

			HttpResponse<String> handedBack = visitor.post("/tributes?lang=en", fieldsOf(form, message));
			assertThat(handedBack.statusCode()).isEqualTo(503);
			assertThat(handedBack.body()).contains("your tribute has not been stored yet").contains(message);
		}
		finally {
			administer("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
		}

		assertThat(visitor.get("/?lang=en").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> sentAgain = visitor.post("/tributes?lang=en", fieldsOf(form, message));
		assertThat(sentAgain.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT count(*) FROM tribute WHERE message = ?")
			.param(message)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The form as the visitor filled it in, with the hidden fields of the page it came
	 * on.
	 */
	private static Map<String, String> fieldsOf(String formPage, String message) {
		return SiteClient.formFields(formPage, Map.of("name", "Aysel", "message", message));
	}

	private HttpResponse<String> postJson(String json) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/tributes?lang=en"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void administer(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
