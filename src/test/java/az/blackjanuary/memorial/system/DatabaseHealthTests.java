package az.blackjanuary.memorial.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness follows the database: down when it cannot be reached, up when only the pool
 * is busy.
 */
class DatabaseHealthTests {

	@Test
	void aDatabaseThatRefusesConnectionsIsDown() throws Exception {
		SQLException refused = new SQLException("Connection refused", "08001");
		assertThat(healthWhenConnecting(new SQLTransientConnectionException("request timed out", "08001", refused)))
			.isEqualTo(Status.DOWN);
	}

	@Test
	void aPoolWithEveryConnectionInUseIsNotDown() throws Exception {
		assertThat(healthWhenConnecting(new SQLTransientConnectionException("request timed out"))).isEqualTo(Status.UP);
	}

	private static Status healthWhenConnecting(SQLException failure) throws Exception {
		DataSource failing = new AbstractDataSource() {

			@Override
			public java.sql.Connection getConnection() throws SQLException {
				throw failure;
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) throws SQLException {
				throw failure;
			}

		};
		DataSourceHealthIndicator health = new DatabaseHealth().dbHealthIndicator(failing);
		health.afterPropertiesSet();
		return health.health().getStatus();
	}

}
