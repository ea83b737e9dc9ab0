package az.blackjanuary.memorial.system;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/** Answers a client that posts too often with 429 and how long to wait, before anything is stored. */
class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimiter limiter;

	private final ClientAddress clients;

	private final Map<String, RateLimiter.LimitedAction> actions;

	RateLimitInterceptor(RateLimiter limiter, ClientAddress clients, Map<String, RateLimiter.LimitedAction> actions) {
		this.limiter = limiter;
		this.clients = clients;
		this.actions = actions;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		RateLimiter.LimitedAction action = this.actions.get(request.getServletPath());
		if (action == null || !"POST".equals(request.getMethod())) {
			return true;
		}
		Optional<Duration> wait = this.limiter.tryAcquire(action, this.clients.of(request));
		if (wait.isEmpty()) {
			return true;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		return false;
	}

}
