package az.blackjanuary.memorial.system;

import org.springframework.util.unit.DataSize;

/**
 * A route that takes a body larger than the site's 64 KiB, such as a file an
 * administrator uploads. A feature declares one as a bean; the larger limit holds only
 * for a POST from a signed-in administrator, and everyone else meets the usual limit
 * before any of the body is read.
 *
 * @param path the exact path that is posted to
 * @param limit the largest body an administrator may send there
 */
public record LargeBodyRoute(String path, DataSize limit) {

	/**
	 * Request attribute naming the limit a refused upload went over, so that the error
	 * page can say it.
	 */
	static final String REFUSED_LIMIT = LargeBodyRoute.class.getName() + ".refusedLimit";

}
