package az.blackjanuary.memorial.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole site on a random port, looked at the way visitors and editors see it. Tagged
 * {@code browser}: the plain test command leaves it out,
 * {@code ./mvnw test -Pbrowser-tests} runs it with Debian's Chromium. One test instance
 * per class, so that a class starts one browser for all its tests. Pages are served from
 * the page cache, as visitors get them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "memorial.page-cache.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface BrowserTest {

}
