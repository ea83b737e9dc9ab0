package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool whose every connection is in use makes a request wait its bounded turn; one that
 * waited in vain is told the site is busy and to come back in a few seconds, not that the
 * database is gone, and health stays up, so that a load balancer keeps the instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BusyPoolTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	@Test
	void aRequestThatFindsNoFreeConnectionIsToldTheSiteIsBusyNotThatTheDatabaseIsGone() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		assertThat(visitor.get("/tributes?lang=en").statusCode()).isEqualTo(200);
		// Every connection of the pool taken here, by count: asking for one more would
		// wait
		// the pool's whole bounded turn, which a running pool keeps whatever it is told.
		int everyConnection = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 0; i < everyConnection; i++) {
				taken.add(this.dataSource.getConnection());
			}
			HttpResponse<String> busy = visitor.get("/tributes?lang=en");
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(busy.body()).contains("The site is very busy right now").doesNotContain("briefly unavailable");
			HttpResponse<String> health = visitor.get("/actuator/health/readiness", "application/json");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"UP\"");
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(visitor.get("/tributes?lang=en").statusCode()).as("once a connection is free again").isEqualTo(200);
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
