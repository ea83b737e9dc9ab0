package az.blackjanuary.memorial.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole site, so that tests can stand on any day of any year. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(MemorialProperties properties) {
		return Clock.system(properties.timeZone());
	}

}
