package az.blackjanuary.memorial.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Visitors read and post without an account; editors sign in for {@code /admin}. Every
 * form carries a CSRF token, kept in a cookie rather than a session so that any instance
 * behind a load balancer can check it. Only a sign-in makes a server session: an
 * anonymous visit to the editors' area is sent to the sign-in page without one, and
 * editors land on the start page. Redirects are relative, never built from the Host
 * header.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/** Where the sign-in form is shown and posted. */
	static final String SIGN_IN = "/login";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler signInFailures,
			AuthenticationDetailsSource<HttpServletRequest, ?> signInClients, LargeBodyRoutes largeBodyRoutes,
			CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfTokenHandler) throws Exception {
		LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
		signInFirst.setFavorRelativeUris(true);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/admin", "/admin/tributes/**", "/admin/account/**")
					.hasAnyRole("ADMIN", "MODERATOR")
					.requestMatchers("/admin/**")
					.hasRole("ADMIN")
					// Health and info are for load balancers and operators; metrics name
					// the site's inner
					// workings and are for administrators only.
					.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.hasRole("ADMIN")
					.anyRequest()
					.permitAll())
			.formLogin((form) -> form.loginPage(SIGN_IN)
				.defaultSuccessUrl("/admin")
				.failureHandler(signInFailures)
				.authenticationDetailsSource(signInClients)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut"))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst)
				.accessDeniedHandler(new ExpiredForms(Set.of("/tributes"))))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(csrfTokenHandler)
				// The API takes JSON only, which another site's page cannot send here
				// uninvited.
				.ignoringRequestMatchers("/api/**"))
			.addFilterBefore(new LargeBodyFilter(largeBodyRoutes), CsrfFilter.class)
			.headers((headers) -> {
				headers.defaultsDisabled();
				SiteHeaders.WRITERS.forEach(headers::addHeaderWriter);
			});
		return http.build();
	}

	/**
	 * Where each visitor's CSRF token is kept, shared with the page cache, which gives a
	 * cached page's forms the token before Spring Security runs.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new CsrfCookieTokens(new PerThreadSecureRandom());
	}

	/**
	 * Spring Security's default: each page gets the token masked anew (BREACH), with
	 * random bytes drawn without a shared lock.
	 */
	@Bean
	CsrfTokenRequestHandler csrfTokenRequestHandler() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadSecureRandom());
		return handler;
	}

	/**
	 * An address the firewall refuses (a double slash, {@code ..}, a semicolon) is
	 * answered with the site's 400 page and the same headers as every page; Spring
	 * Security would otherwise refuse it before its own headers are written.
	 */
	@Bean
	WebSecurityCustomizer refusedAddressesWithTheSitesHeaders() {
		return (web) -> web.requestRejectedHandler((request, response, rejected) -> {
			SiteHeaders.write(request, response);
			response.sendError(HttpStatus.BAD_REQUEST.value());
		});
	}

	/**
	 * Spring Security would time each of its filters on every request, for traces that
	 * nothing here collects; turning its observations off by property still wraps every
	 * filter in one that does nothing, a sixteenth of a cached page's work. Requests as a
	 * whole are still timed.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
