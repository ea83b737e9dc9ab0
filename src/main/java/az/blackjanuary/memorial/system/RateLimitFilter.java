package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a client that posts too often with 429 and how long to wait, before anything else
 * looks at the request: before anything is stored, and before a sign-in is tried, so that
 * nobody can guess passwords quickly or fill the audit log with failed sign-ins.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final ClientAddress clients;

	private final Map<String, RateLimiter.LimitedAction> actions;

	RateLimitFilter(RateLimiter limiter, ClientAddress clients, Map<String, RateLimiter.LimitedAction> actions) {
		this.limiter = limiter;
		this.clients = clients;
		this.actions = actions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.actions.containsKey(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.LimitedAction action = this.actions.get(request.getServletPath());
		Optional<Duration> wait = this.limiter.tryAcquire(action, this.clients.of(request));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
