package az.blackjanuary.memorial.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Visitors read and post without an account; editors sign in for {@code /admin}. Every form
 * carries a CSRF token, kept in a cookie rather than a session so that any instance behind a
 * load balancer can check it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	/**
	 * The request attribute that tells the error page why a request was refused with 403: a form
	 * whose token has expired, or a page the signed-in editor's role does not open.
	 */
	public static final String FORBIDDEN_FOR_ROLE = "forbiddenForRole";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler signInFailures,
			AuthenticationDetailsSource<HttpServletRequest, ?> signInClients) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/admin", "/admin/tributes/**", "/admin/account/**")
			.hasAnyRole("ADMIN", "MODERATOR")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/admin")
				.failureHandler(signInFailures)
				.authenticationDetailsSource(signInClients)
				.permitAll())
			.exceptionHandling((errors) -> errors.accessDeniedHandler(SecurityConfig::refuse))
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut"))
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				// The API takes JSON only, which another site's page cannot send here uninvited.
				.ignoringRequestMatchers("/api/**"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/** A missing or stale CSRF token is an expired form; any other refusal is the editor's role. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		request.setAttribute(FORBIDDEN_FOR_ROLE, !(denied instanceof CsrfException));
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
