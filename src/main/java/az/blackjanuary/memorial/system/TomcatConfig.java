package az.blackjanuary.memorial.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the site adds to Tomcat itself, for the answers it gives before or after the
 * site's own filters: security headers on addresses it refuses, and no waiting for bodies
 * nobody reads; and the client's address read from {@code X-Forwarded-For} when a trusted
 * proxy sends the request. Its timeouts and limits are in application.properties
 * ({@code server.tomcat.*}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteValves(RateLimitProperties limits) {
		return (factory) -> {
			ClientAddress.valve(limits.trustedProxies()).ifPresent(factory::addEngineValves);
			factory.addEngineValves(new RefusedAddressHeadersValve());
			factory.addContextValves(new UnreadBodyValve());
		};
	}

}
