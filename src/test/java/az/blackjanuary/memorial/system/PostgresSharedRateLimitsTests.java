package az.blackjanuary.memorial.system;

import java.util.List;

import org.junit.jupiter.api.Tag;

/**
 * The same flood on PostgreSQL, where the instances of the anniversary topology keep
 * their buckets.
 */
@Tag("postgres")
class PostgresSharedRateLimitsTests extends SharedRateLimitsTests {

	@Override
	protected List<String> database() {
		return List.of(
				"--spring.datasource.url=" + System.getenv()
					.getOrDefault("MEMORIAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/memorial_ci"),
				"--spring.datasource.username="
						+ System.getenv().getOrDefault("MEMORIAL_TEST_POSTGRES_USER", "postgres"),
				"--spring.datasource.password=" + System.getenv().getOrDefault("MEMORIAL_TEST_POSTGRES_PASSWORD", ""));
	}

}
