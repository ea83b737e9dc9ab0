package az.blackjanuary.memorial.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The body size check runs first, and again around the error page it leads to; the rate
 * limits come next, before any body is read and before Spring Security, so before any
 * sign-in is tried; then the body is read whole, within its limits, before anything else
 * looks at it.
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
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, ClientAddress clients,
			RateLimitedRoutes routes, MeterRegistry meters) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, clients, routes, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(RateLimitProperties limits, ClientAddress clients) {
		FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyFilter(limits, clients));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
