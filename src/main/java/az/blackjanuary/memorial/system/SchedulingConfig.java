package az.blackjanuary.memorial.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Housekeeping jobs run on every instance; each is safe to run twice. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
