package az.blackjanuary.memorial.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the site adds to Tomcat itself, for the answers it gives before or after the site's own
 * filters: security headers on addresses it refuses, and no waiting for bodies nobody reads.
 * Its timeouts and limits are in application.properties ({@code server.tomcat.*}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteValves() {
		return (factory) -> {
			factory.addEngineValves(new RefusedAddressHeadersValve());
			factory.addContextValves(new UnreadBodyValve());
		};
	}

}
