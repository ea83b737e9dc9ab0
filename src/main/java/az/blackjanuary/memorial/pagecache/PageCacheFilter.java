package az.blackjanuary.memorial.pagecache;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import az.blackjanuary.memorial.system.CsrfCookieTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders the public pages that change rarely into the cache, for visitors only
 * ({@link PageKeys}). It runs after Spring Security, so that the page is rendered with
 * the security headers and a placeholder for the visitor's CSRF token, and before Spring
 * MVC. Pages already in the cache are served before any of that by
 * {@link CachedPageFilter}; this filter serves one only when that filter did not look. A
 * post to the editors' area or to an author's private page empties the cache once
 * answered.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Set while a page is rendered for the cache: values per response are rendered as
	 * placeholders.
	 */
	static final String FILLING = PageCacheFilter.class.getName() + ".FILLING";

	/**
	 * Cookies a page may set while it is rendered for the cache; both are set per
	 * response.
	 */
	private static final Set<String> COOKIES_SET_PER_RESPONSE = Set.of("lang", CsrfCookieTokens.COOKIE);

	private final PageCache cache;

	private final PageKeys keys;

	private final CachedPageResponses responses;

	private final Map<String, String> placeholders;

	private final String csrfPlaceholder;

	PageCacheFilter(PageCache cache, PageKeys keys, CachedPageResponses responses, Map<String, String> placeholders) {
		this.cache = cache;
		this.keys = keys;
		this.responses = responses;
		this.placeholders = placeholders;
		this.csrfPlaceholder = placeholders.entrySet()
			.stream()
			.filter((placeholder) -> placeholder.getValue().equals(CachedPageResponses.CSRF))
			.findFirst()
			.orElseThrow()
			.getKey();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageKey key = isSignedIn() ? null : this.keys.keyOf(request);
		if (key == null) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (PageKeys.changesWhatVisitorsSee(request, response.getStatus())) {
					this.cache.clear();
				}
			}
			return;
		}
		render(key, request, response, chain);
	}

	private static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * Renders the page through Spring MVC with placeholders for the values of each
	 * response.
	 */
	private void render(PageKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long generation = this.cache.generation();
		Set<String> headersBefore = new HashSet<>(response.getHeaderNames());
		Capture capture = new Capture(response);
		ShallowEtagHeaderFilter.disableContentCaching(request);
		request.setAttribute(FILLING, this.placeholders);
		boolean kept = false;
		try {
			chain.doFilter(new Filling(request, this.csrfPlaceholder), capture);
			if (capture.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
				capture.copyBodyToResponse();
				return;
			}
			CachedPage page = CachedPage.renderedAgain(this.cache.kept(key), capture.getContentAsByteArray(),
					this.placeholders, capture.getContentType(), headersSince(headersBefore, capture), routeOf(request),
					this.cache.now());
			if (isCacheable(capture, response, headersBefore)) {
				this.cache.keep(key, page, generation);
				kept = true;
			}
			this.responses.serve(page, request, response, kept, () -> {
			});
		}
		finally {
			request.removeAttribute(FILLING);
			if (!kept) {
				this.cache.forget(key);
			}
		}
	}

	/**
	 * Only a whole page the same for every visitor: no cookie of its own, nothing
	 * private.
	 */
	private static boolean isCacheable(Capture capture, HttpServletResponse response, Set<String> headersBefore) {
		if (capture.getContentType() == null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (!headersBefore.contains(HttpHeaders.CACHE_CONTROL) && cacheControl != null
				&& (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
			return false;
		}
		for (String cookie : response.getHeaders(HttpHeaders.SET_COOKIE)) {
			String name = cookie.substring(0, Math.max(cookie.indexOf('='), 0));
			if (!COOKIES_SET_PER_RESPONSE.contains(name)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The headers the page set itself while it was rendered, to be given again with each
	 * response.
	 */
	private static Map<String, List<String>> headersSince(Set<String> before, Capture response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!before.contains(name) && !isPerResponse(name)) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		if (response.locale != null) {
			headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(response.locale.toLanguageTag()));
		}
		return Map.copyOf(headers);
	}

	private static boolean isPerResponse(String header) {
		return header.equalsIgnoreCase(HttpHeaders.SET_COOKIE) || header.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
				|| header.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) || header.equalsIgnoreCase(HttpHeaders.ETAG)
				|| header.equalsIgnoreCase(HttpHeaders.DATE) || header.equalsIgnoreCase(HttpHeaders.VARY)
				|| header.equalsIgnoreCase(HttpHeaders.CONTENT_ENCODING)
				|| header.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING);
	}

	/** The route that answered, as the request log and the metrics name it. */
	private static String routeOf(HttpServletRequest request) {
		return (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route) ? route
				: null;
	}

	/**
	 * The request as a page rendered for the cache sees it: its CSRF token is a
	 * placeholder.
	 */
	private static final class Filling extends HttpServletRequestWrapper {

		private final CsrfToken placeholder;

		Filling(HttpServletRequest request, String placeholder) {
			super(request);
			this.placeholder = new DefaultCsrfToken(CsrfCookieTokens.HEADER, CsrfCookieTokens.PARAMETER, placeholder);
		}

		@Override
		public Object getAttribute(String name) {
			Object value = super.getAttribute(name);
			if (value instanceof CsrfToken
					&& (name.equals(CsrfToken.class.getName()) || name.equals(CsrfCookieTokens.PARAMETER))) {
				return this.placeholder;
			}
			return value;
		}

	}

	/** Keeps the body, and the language the page was rendered in. */
	private static final class Capture extends ContentCachingResponseWrapper {

		Capture(HttpServletResponse response) {
			super(response);
		}

		private Locale locale;

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

	}

}
