package az.blackjanuary.memorial.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin area checks, before every request is handled, that the editor's session still
 * stands.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfig implements WebMvcConfigurer {

	private final EditorSessions sessions;

	AdminWebConfig(EditorSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.sessions).addPathPatterns("/admin", "/admin/**");
	}

}
