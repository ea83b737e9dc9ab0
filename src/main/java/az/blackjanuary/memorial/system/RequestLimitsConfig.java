package az.blackjanuary.memorial.system;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The body size check runs first, and again around the error page it leads to. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfig {

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter() {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
