package az.blackjanuary.memorial.image;

import java.util.List;

import org.junit.jupiter.api.Tag;

/**
 * Two instances on one PostgreSQL database: an image uploaded on one, served by the
 * other.
 */
@Tag("postgres")
class PostgresImageInstancesTests extends ImageInstancesTests {

	@Override
	protected List<String> database() {
		return List.of(
				System.getenv()
					.getOrDefault("MEMORIAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/memorial_ci"),
				"--spring.datasource.username="
						+ System.getenv().getOrDefault("MEMORIAL_TEST_POSTGRES_USER", "postgres"),
				"--spring.datasource.password=" + System.getenv().getOrDefault("MEMORIAL_TEST_POSTGRES_PASSWORD", ""));
	}

}
