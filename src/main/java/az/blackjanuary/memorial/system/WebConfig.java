package az.blackjanuary.memorial.system;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=az|en|ru} on any page switches the language and the cookie remembers it; posts
 * that visitors make are rate limited per client.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final RateLimiter limiter;

	private final ClientAddress clients;

	WebConfig(RateLimiter limiter, ClientAddress clients) {
		this.limiter = limiter;
		this.clients = clients;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new SiteLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(new RateLimitInterceptor(this.limiter, this.clients,
				Map.of("/tributes", RateLimiter.LimitedAction.TRIBUTE, "/api/v1/tributes",
						RateLimiter.LimitedAction.TRIBUTE, "/carnations", RateLimiter.LimitedAction.CARNATION)));
	}

}
