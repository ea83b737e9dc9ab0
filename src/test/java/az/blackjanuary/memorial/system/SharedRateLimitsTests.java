package az.blackjanuary.memorial.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.MemorialApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer: a client that
 * floods both gets the limit once for the whole site, not once per instance.
 */
class SharedRateLimitsTests {

	@Test
	void aFlooderLandingOnBothInstancesIsLimitedOnce() throws Exception {
		List<String> database = database();
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			// A database kept between runs may still hold this client's bucket from a
			// minute ago.
			first.getBean(JdbcClient.class).sql("DELETE FROM rate_limit_bucket").update();
			SiteClient onFirst = new SiteClient(portOf(first));
			SiteClient onSecond = onFirst.at(portOf(second));
			String marker = "Flood " + UUID.randomUUID();
			List<Integer> statuses = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				SiteClient instance = (i % 2 == 0) ? onFirst : onSecond;
				statuses
					.add(instance.submit("/tributes", "/tributes", Map.of("message", marker + " " + i)).statusCode());
			}
			assertThat(statuses).as("three tributes a minute for the whole site")
				.containsExactly(302, 302, 302, 429, 429, 429, 429, 429);
			long stored = first.getBean(JdbcClient.class)
				.sql("SELECT COUNT(*) FROM tribute WHERE message LIKE ?")
				.param(marker + "%")
				.query(Long.class)
				.single();
			assertThat(stored).isEqualTo(3);
			assertThat(onSecond.submit("/", "/carnations", Map.of()).statusCode()).as("another limit, its own bucket")
				.isEqualTo(302);
		}
	}

	/** The database both instances share, as Spring arguments. */
	protected List<String> database() {
		return List.of("--spring.datasource.url=jdbc:h2:mem:shared-limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	private static ConfigurableApplicationContext start(List<String> database) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false",
				"--memorial.rate-limit.enabled=true", "--memorial.rate-limit.tributes-per-minute=3"));
		arguments.addAll(database);
		return new SpringApplicationBuilder(MemorialApplication.class).run(arguments.toArray(String[]::new));
	}

	private static int portOf(ConfigurableApplicationContext site) {
		return site.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
