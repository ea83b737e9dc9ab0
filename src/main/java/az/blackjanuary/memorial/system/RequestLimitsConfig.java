package az.blackjanuary.memorial.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The body size check runs first, and again around the error page it leads to; the rate
 * limits come next, before any body is read and before Spring Security, so before any
 * sign-in is tried; then the body is read whole, within its limits, before anything else
 * looks at it.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfig {

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(LargeBodyRoutes largeBodyRoutes) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(largeBodyRoutes));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The container reads files as large as the largest {@link LargeBodyRoute} takes; the
	 * filters keep every other route at 64 KiB. Parts over 1 MiB wait on disk, not in the
	 * heap.
	 */
	@Bean
	MultipartConfigElement multipartConfig(LargeBodyRoutes largeBodyRoutes) {
		long largest = largeBodyRoutes.largest().toBytes();
		return new MultipartConfigElement("", largest, largest, (int) DataSize.ofMegabytes(1).toBytes());
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
