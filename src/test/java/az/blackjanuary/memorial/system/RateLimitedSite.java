package az.blackjanuary.memorial.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole site on a real port with every rate limit on and low, and a clock the test
 * moves. Every test class with this annotation shares one application context, whose
 * limits are kept per client: each test moves the clock an hour on before it starts,
 * never back, so that what one test used up is not in another's way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClockConfig.class)
@TestPropertySource(properties = { "memorial.rate-limit.enabled=true", "memorial.rate-limit.tributes-per-minute=3",
		"memorial.rate-limit.carnations-per-minute=5", "memorial.rate-limit.sign-ins-per-minute=4",
		"memorial.rate-limit.reports-per-minute=2", "memorial.rate-limit.author-changes-per-minute=2",
		"memorial.rate-limit.other-posts-per-minute=2" })
public @interface RateLimitedSite {

}
