package az.blackjanuary.memorial.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Posts to this handler, or to every handler of this controller, count against one
 * per-client limit: the limit follows the handler wherever its address moves. A post that
 * no handler marks counts against the common limit, unless it is in the editors' area.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

	RateLimiter.LimitedAction value();

}
