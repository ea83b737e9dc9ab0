package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool whose every connection is in use makes a request wait its bounded turn; one that waited
 * in vain is told the site is busy and to come back in a few seconds, not that the database is
 * gone, and health stays up, so that a load balancer keeps the instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=1",
		"spring.datasource.hikari.connection-timeout=250ms" })
class BusyPoolTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	@Test
	void aRequestThatFindsNoFreeConnectionIsToldTheSiteIsBusyNotThatTheDatabaseIsGone() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		assertThat(visitor.get("/tributes?lang=en").statusCode()).isEqualTo(200);
		try (Connection theOnlyOne = this.dataSource.getConnection()) {
			HttpResponse<String> busy = visitor.get("/tributes?lang=en");
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(busy.body()).contains("The site is very busy right now")
				.doesNotContain("briefly unavailable");
			HttpResponse<String> health = visitor.get("/actuator/health/readiness", "application/json");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"UP\"");
		}
		assertThat(visitor.get("/tributes?lang=en").statusCode()).as("once a connection is free again")
			.isEqualTo(200);
	}

	@Test
	void aPoolTimeOutWithAFailureToConnectBehindItIsAnOutage() {
		SQLException refused = new SQLException("Connection refused", "08001");
		var gone = new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("request timed out", "08001", refused));
		var busy = new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("request timed out"));
		assertThat(DatabaseOutage.isDatabaseGone(gone)).isTrue();
		assertThat(DatabaseOutage.isBusy(gone)).isFalse();
		assertThat(DatabaseOutage.isDatabaseGone(busy)).isFalse();
		assertThat(DatabaseOutage.isBusy(busy)).isTrue();
		assertThat(DatabaseOutage.isOutage(busy)).as("a tribute is still handed back with its text").isTrue();
	}

}
