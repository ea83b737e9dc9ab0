package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a configured secret, one is generated once and kept in the database for every
 * instance.
 */
@MemorialSiteTest
class StoredSecretTests {

	private static final int INSTANCES = 8;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void theSecretIsGeneratedOnceAndReadAtEveryLaterStart() {
		String first = new StoredSecret(this.jdbcClient, this.clock).readOrCreate();
		assertThat(first).hasSizeGreaterThanOrEqualTo(43);
		assertThat(new StoredSecret(this.jdbcClient, this.clock).readOrCreate()).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from generated_secret", Integer.class)).isOne();
	}

	@Test
	void instancesStartingAtOnceOnAnEmptyDatabaseEndWithOneSecret() throws Exception {
		for (int round = 0; round < 5; round++) {
			this.jdbc.update("delete from generated_secret");
			CyclicBarrier together = new CyclicBarrier(INSTANCES);
			ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
			try {
				List<Callable<String>> starts = new ArrayList<>();
				for (int i = 0; i < INSTANCES; i++) {
					starts.add(() -> {
						StoredSecret instance = new StoredSecret(this.jdbcClient, this.clock);
						together.await();
						return instance.readOrCreate();
					});
				}
				List<String> secrets = new ArrayList<>();
				for (Future<String> secret : instances.invokeAll(starts)) {
					secrets.add(secret.get());
				}
				assertThat(secrets).as("round %d", round).hasSize(INSTANCES).containsOnly(stored());
			}
			finally {
				instances.shutdownNow();
			}
			assertThat(this.jdbc.queryForObject("select count(*) from generated_secret", Integer.class)).isOne();
		}
	}

	private String stored() {
		return this.jdbc.queryForObject("select secret from generated_secret", String.class);
	}

}
