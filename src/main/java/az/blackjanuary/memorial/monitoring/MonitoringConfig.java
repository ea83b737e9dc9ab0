package az.blackjanuary.memorial.monitoring;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request log wraps every other filter, so that refusals (413, 429) are logged and
 * timed too.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringConfig {

	@Bean
	FilterRegistrationBean<RequestLog> requestLog() {
		FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
