package az.blackjanuary.memorial.system;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The body size check runs first, and again around the error page it leads to; the rate limits
 * come next, before Spring Security and so before any sign-in is tried.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfig {

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter() {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, ClientAddress clients) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limiter,
				clients,
				Map.of("/tributes", RateLimiter.LimitedAction.TRIBUTE, "/api/v1/tributes",
						RateLimiter.LimitedAction.TRIBUTE, "/carnations", RateLimiter.LimitedAction.CARNATION, "/login",
						RateLimiter.LimitedAction.SIGN_IN, "/admin/account/password", RateLimiter.LimitedAction.SIGN_IN)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
