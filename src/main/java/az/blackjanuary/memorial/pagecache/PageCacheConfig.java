package az.blackjanuary.memorial.pagecache;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page cache: cached pages served before all but the first filters, pages rendered
 * into it right after Spring Security (whose filters run at order -100), then entity tags
 * for every other answer: a GET whose {@code If-None-Match} names the current version is
 * answered 304 without a body. The cache's beans always exist and
 * {@code memorial.page-cache.enabled} is read when the site starts, not when it is built:
 * the launch with ahead-of-time processed beans fixes every bean condition at build time.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

	private static final int AFTER_SPRING_SECURITY = -100 + 1;

	/**
	 * After the request log, the metrics and the filters that judge a request's size and
	 * rate, before everything else.
	 */
	private static final int AFTER_REQUEST_LIMITS = Ordered.HIGHEST_PRECEDENCE + 3;

	@Bean
	PageCache pageCache(PageCacheProperties properties, Clock clock) {
		return new PageCache(properties, clock);
	}

	/**
	 * Random placeholders, one per value set per response: no visitor's text can contain
	 * them.
	 */
	@Bean
	PagePlaceholders pagePlaceholders(List<PerResponseValue> values) {
		SecureRandom random = new SecureRandom();
		Map<String, String> placeholders = new LinkedHashMap<>();
		placeholders.put(placeholder(random), CachedPageResponses.CSRF);
		values.forEach((value) -> placeholders.put(placeholder(random), value.modelAttribute()));
		return new PagePlaceholders(Map.copyOf(placeholders));
	}

	@Bean
	PageKeys pageKeys(LocaleResolver localeResolver) {
		return new PageKeys(localeResolver);
	}

	@Bean
	CachedPageResponses cachedPageResponses(LocaleResolver localeResolver, List<PerResponseValue> values,
			Environment environment) {
		Map<String, PerResponseValue> byName = new LinkedHashMap<>();
		values.forEach((value) -> byName.put(value.modelAttribute(), value));
		return new CachedPageResponses(localeResolver, byName, compression(environment));
	}

	@Bean
	FilterRegistrationBean<CachedPageFilter> cachedPageFilter(PageCacheProperties properties, PageCache cache,
			PageKeys keys, CachedPageResponses responses, CsrfTokenRepository csrfTokens,
			CsrfTokenRequestHandler csrfTokenHandler) {
		FilterRegistrationBean<CachedPageFilter> registration = new FilterRegistrationBean<>(
				new CachedPageFilter(cache, keys, responses, csrfTokens, csrfTokenHandler));
		registration.setOrder(AFTER_REQUEST_LIMITS);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setEnabled(properties.enabled());
		return registration;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCacheProperties properties, PageCache cache,
			PageKeys keys, CachedPageResponses responses, PagePlaceholders placeholders) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, keys, responses, placeholders.byPlaceholder()));
		registration.setOrder(AFTER_SPRING_SECURITY);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setEnabled(properties.enabled());
		return registration;
	}

	@Bean
	WebMvcConfigurer pagePlaceholderInterceptor(PageCacheProperties properties) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				if (properties.enabled()) {
					registry.addInterceptor(new PlaceholderInterceptor());
				}
			}
		};
	}

	/**
	 * Entity tags over the bytes of every answer the cache does not give; static assets
	 * have their own. Weak ones: Tomcat compresses no answer with a strong tag, which
	 * would have to differ between the plain and the gzipped bytes.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> entityTags() {
		ShallowEtagHeaderFilter entityTags = new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return path.startsWith("/assets/") || path.startsWith("/actuator/");
			}
		};
		entityTags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(entityTags);
		registration.setOrder(AFTER_SPRING_SECURITY + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	private static CachedPageResponses.Compression compression(Environment environment) {
		Binder binder = Binder.get(environment);
		return new CachedPageResponses.Compression(
				binder.bind("server.compression.enabled", Boolean.class).orElse(false),
				binder.bind("server.compression.mime-types", Bindable.listOf(String.class))
					.orElse(List.of("text/html", "text/xml", "text/plain", "text/css", "application/json",
							"application/xml")),
				binder.bind("server.compression.min-response-size", DataSize.class)
					.orElse(DataSize.ofKilobytes(2))
					.toBytes());
	}

	private static String placeholder(SecureRandom random) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return "pagecache" + HexFormat.of().formatHex(bytes);
	}

	/** Each placeholder and the name of the value it stands for. */
	record PagePlaceholders(Map<String, String> byPlaceholder) {
	}

}
