package az.blackjanuary.memorial.system;

import org.springframework.util.unit.DataSize;

/**
 * A route that takes a file an administrator uploads, up to its own limit, which may be
 * larger than the site's 64 KiB; no other route takes files. A feature declares one as a
 * bean; the limit holds only for a POST from a signed-in administrator, and everyone else
 * meets the usual limit before any of the body is read.
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
