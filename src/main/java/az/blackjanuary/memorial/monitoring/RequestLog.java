package az.blackjanuary.memorial.monitoring;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request: method, path, status and duration, nothing else. No address,
 * no query string (a search names people), no cookie; the path is the route's pattern
 * where a controller answered ({@code /tributes/{id}}), and an author's private key is
 * left out of it where none did. Off unless the logger {@code memorial.requests} is at
 * INFO (the {@code json-logs} profile turns it on).
 */
class RequestLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("memorial.requests");

	/**
	 * The author's private link carries a key that opens their tribute: never written
	 * down.
	 */
	private static final Pattern PRIVATE_KEY = Pattern.compile("(/tributes/yours/)[^/]+");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !log.isInfoEnabled();
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - started) / 1_000_000;
			String path = pathOf(request);
			log.atInfo()
				.addKeyValue("http.request.method", request.getMethod())
				.addKeyValue("url.path", path)
				.addKeyValue("http.response.status_code", response.getStatus())
				.addKeyValue("event.duration_ms", millis)
				.log("{} {} {} {} ms", request.getMethod(), path, response.getStatus(), millis);
		}
	}

	private static String pathOf(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
			return pattern;
		}
		return PRIVATE_KEY.matcher(request.getRequestURI()).replaceAll("$1{key}");
	}

}
