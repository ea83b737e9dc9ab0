package az.blackjanuary.memorial.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class SettableClockConfig {

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock();
	}

}
