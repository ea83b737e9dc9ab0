package az.blackjanuary.memorial.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a suite against the real PostgreSQL server instead of H2. Tagged {@code postgres}:
 * the plain test command leaves it out, {@code ./mvnw test -Ppostgres-tests} runs it. The
 * database comes from {@code MEMORIAL_TEST_POSTGRES_URL}, by default {@code memorial_ci}
 * on 127.0.0.1.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@TestPropertySource(properties = {
		"spring.datasource.url=${MEMORIAL_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/memorial_ci}",
		"spring.datasource.username=${MEMORIAL_TEST_POSTGRES_USER:postgres}",
		"spring.datasource.password=${MEMORIAL_TEST_POSTGRES_PASSWORD:}",
		// The suite keeps many application contexts open at once, each with its pool.
		"spring.datasource.hikari.maximum-pool-size=8", "spring.datasource.hikari.idle-timeout=10000" })
public @interface OnPostgreSQL {

}
