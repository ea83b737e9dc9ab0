package az.blackjanuary.memorial.system;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database's part in health and readiness: down when the database cannot be reached,
 * but up when only the pool was busy, so that a load balancer does not take an instance
 * out of service for being in demand, which would send its visitors to the others and
 * make them busier still.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealth {

	@Bean
	DataSourceHealthIndicator dbHealthIndicator(DataSource dataSource) {
		return new BusyIsNotDown(dataSource);
	}

	private static final class BusyIsNotDown extends DataSourceHealthIndicator {

		BusyIsNotDown(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) throws Exception {
			try {
				super.doHealthCheck(builder);
			}
			catch (RuntimeException failure) {
				if (!DatabaseOutage.isBusy(failure)) {
					throw failure;
				}
				builder.up().withDetail("busy", true);
			}
		}

	}

}
