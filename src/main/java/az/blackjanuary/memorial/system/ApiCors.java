package az.blackjanuary.memorial.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON API may be read by a page on any site (GET and HEAD, with the entity tag
 * readable so that such a page can ask again with If-None-Match), but not written to: a
 * tribute is posted from another site only by a server, never by a visitor's browser in
 * the visitor's name.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowedHeaders(HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT_LANGUAGE)
			.exposedHeaders(HttpHeaders.ETAG, HttpHeaders.CONTENT_LANGUAGE)
			.allowCredentials(false)
			.maxAge(86400);
	}

}
