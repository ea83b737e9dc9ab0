package az.blackjanuary.memorial.system;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheet, fonts and icons under {@code /assets}, addressed by a hash of their
 * content ({@code site-0a79e304….css}): a browser keeps them a year and never asks again
 * ({@code immutable}), and a changed file gets a new address. Boot's own handler for the
 * same pattern stands aside for this one, which adds {@code immutable}. Text assets go
 * out compressed once (Brotli, else gzip) after Spring Security has written its headers.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Bean
	FilterRegistrationBean<CompressedAssetsFilter> compressedAssets() {
		FilterRegistrationBean<CompressedAssetsFilter> registration = new FilterRegistrationBean<>(
				new CompressedAssetsFilter());
		registration.addUrlPatterns("/assets/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(0);
		return registration;
	}

}
