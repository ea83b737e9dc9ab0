package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers a client that posts too often with 429 and how long to wait, before anything
 * else looks at the request: before its body is read, before anything is stored, and
 * before a sign-in is tried, so that nobody can guess passwords quickly or fill the audit
 * log with failed sign-ins. Every post outside the editors' area counts against some
 * limit: those with a limit of their own, and any other against a common one.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** Requests answered with 429, by action. */
	static final String REFUSED = "memorial.requests.refused";

	private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final PathPattern EDITORS_AREA = PathPatternParser.defaultInstance.parse("/admin/**");

	private final RateLimiter limiter;

	private final ClientAddress clients;

	private final RateLimitedRoutes routes;

	private final Map<RateLimiter.LimitedAction, Counter> refused = new EnumMap<>(RateLimiter.LimitedAction.class);

	RateLimitFilter(RateLimiter limiter, ClientAddress clients, RateLimitedRoutes routes, MeterRegistry meters) {
		this.limiter = limiter;
		this.clients = clients;
		this.routes = routes;
		for (RateLimiter.LimitedAction action : RateLimiter.LimitedAction.values()) {
			this.refused.put(action, meters.counter(REFUSED, "action", action.name().toLowerCase(Locale.ROOT)));
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return READING_METHODS.contains(request.getMethod()) || actionFor(request).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.LimitedAction action = actionFor(request).orElseThrow();
		Optional<Duration> wait = waitFor(action, request);
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		this.refused.get(action).increment();
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	/**
	 * The buckets are in the database: when it cannot be reached, the request goes on to
	 * meet the outage where it is answered (a tribute handed back with its text), as
	 * nothing it wants can be stored or checked anyway.
	 */
	private Optional<Duration> waitFor(RateLimiter.LimitedAction action, HttpServletRequest request) {
		try {
			return this.limiter.tryAcquire(action, this.clients.of(request));
		}
		catch (DataAccessException unreachable) {
			logger.warn("Rate limit not checked, the database did not answer: " + unreachable.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The first route that matches; editors' own posts, once signed in, are not limited
	 * here.
	 */
	private Optional<RateLimiter.LimitedAction> actionFor(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getServletPath());
		for (LimitedRoute route : this.routes.all()) {
			if (route.pattern().matches(path)) {
				return Optional.of(route.action());
			}
		}
		return EDITORS_AREA.matches(path) ? Optional.empty() : Optional.of(RateLimiter.LimitedAction.OTHER_POST);
	}

	/** Posts to the paths that match a pattern count against one limit. */
	record LimitedRoute(PathPattern pattern, RateLimiter.LimitedAction action) {

		static LimitedRoute of(String pattern, RateLimiter.LimitedAction action) {
			return new LimitedRoute(PathPatternParser.defaultInstance.parse(pattern), action);
		}

	}

}
