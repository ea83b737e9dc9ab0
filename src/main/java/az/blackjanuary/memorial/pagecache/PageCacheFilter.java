package az.blackjanuary.memorial.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import az.blackjanuary.memorial.system.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages that change rarely from memory, to visitors only. It runs after
 * Spring Security, so that every response still gets the security headers and the
 * visitor's own CSRF token, and before Spring MVC, whose work a cached page saves.
 * <p>
 * A request is served from the cache when it is a GET of a cached address by a visitor
 * who is not signed in (no editor's session cookie), with no query parameter but
 * {@code lang} (and the wall's {@code before} or {@code after}). Everything else passes
 * through untouched: editors' pages, pages with a notice ({@code ?received}), the
 * author's private page, the API, posts. A post to the editors' area or to an author's
 * private page empties the cache once answered.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Set while a page is rendered for the cache: values per response are rendered as
	 * placeholders.
	 */
	static final String FILLING = PageCacheFilter.class.getName() + ".FILLING";

	static final String CSRF = "csrf";

	private static final Set<String> PAGES = Set.of("/", "/timeline", "/releases", "/tributes", "/names", "/feed.atom",
			"/sitemap.xml");

	private static final String RELEASE_PAGES = "/releases/";

	/**
	 * A person's page of the register: it changes with editors' work, posted under
	 * /admin/.
	 */
	private static final Pattern PERSON_PAGE = Pattern.compile("/names/[a-z0-9-]{1,160}");

	/**
	 * A tribute's own page changes when a moderator decides or its author changes it:
	 * both posts empty the cache.
	 */
	private static final Pattern TRIBUTE_PAGE = Pattern.compile("/tributes/\\d{1,18}");

	/**
	 * Where posts change what visitors see at once: editors' work and authors' own
	 * tributes.
	 */
	private static final List<String> CHANGING_POSTS = List.of("/admin/", "/tributes/yours/");

	/** The cookie of an editor's session (Spring Session); visitors have none. */
	private static final String SESSION_COOKIE = "SESSION";

	/**
	 * Cookies a page may set while it is rendered for the cache; both are set per
	 * response.
	 */
	private static final Set<String> COOKIES_SET_PER_RESPONSE = Set.of("lang", "XSRF-TOKEN");

	private final PageCache cache;

	private final LocaleResolver locales;

	private final Map<String, PerResponseValue> values;

	private final Map<String, String> placeholders;

	private final Compression compression;

	private final String csrfPlaceholder;

	PageCacheFilter(PageCache cache, LocaleResolver locales, Map<String, PerResponseValue> values,
			Map<String, String> placeholders, Compression compression) {
		this.cache = cache;
		this.locales = locales;
		this.values = values;
		this.placeholders = placeholders;
		this.compression = compression;
		this.csrfPlaceholder = placeholders.entrySet()
			.stream()
			.filter((placeholder) -> placeholder.getValue().equals(CSRF))
			.findFirst()
			.orElseThrow()
			.getKey();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod())) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (changesWhatVisitorsSee(request, response)) {
					this.cache.clear();
				}
			}
			return;
		}
		PageKey key = keyOf(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = this.cache.lookUp(key);
		if (page != null) {
			replay(page, key, request, response);
			serve(page, request, response, true);
			return;
		}
		render(key, request, response, chain);
	}

	private static boolean changesWhatVisitorsSee(HttpServletRequest request, HttpServletResponse response) {
		if ("HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod())
				|| response.getStatus() >= 400) {
			return false;
		}
		String path = pathOf(request);
		return CHANGING_POSTS.stream().anyMatch(path::startsWith);
	}

	/** The cache's key for a request that may be served from it, else null. */
	private PageKey keyOf(HttpServletRequest request) {
		String path = pathOf(request);
		if (!PAGES.contains(path) && !isReleasePage(path) && !TRIBUTE_PAGE.matcher(path).matches()
				&& !PERSON_PAGE.matcher(path).matches()) {
			return null;
		}
		if (hasCookie(request, SESSION_COOKIE) || isSignedIn()) {
			return null;
		}
		Language asked = null;
		String cursor = null;
		if (request.getQueryString() != null) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String[] given = parameter.getValue();
				if (given.length != 1) {
					return null;
				}
				String name = parameter.getKey();
				if (name.equals("lang")) {
					asked = Language.fromCode(given[0]).orElse(null);
					if (asked == null) {
						return null;
					}
				}
				else if ((name.equals("before") || name.equals("after")) && path.equals("/tributes")
						&& cursor == null) {
					cursor = name + "=" + given[0];
				}
				else {
					return null;
				}
			}
		}
		Language language = (asked != null) ? asked : Language.of(this.locales.resolveLocale(request));
		return new PageKey(path, cursor, language, asked != null);
	}

	private static boolean isReleasePage(String path) {
		return path.startsWith(RELEASE_PAGES) && path.length() > RELEASE_PAGES.length()
				&& path.indexOf('/', RELEASE_PAGES.length()) < 0;
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
			CachedPage page = CachedPage.of(capture.getContentAsByteArray(), this.placeholders,
					capture.getContentType(), headersSince(headersBefore, capture), this.cache.now());
			if (isCacheable(capture, response, headersBefore)) {
				this.cache.keep(key, page, generation);
				kept = true;
			}
			serve(page, request, response, kept);
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

	/**
	 * What Spring MVC would have done on its way to the page: the language switch and the
	 * page's own headers.
	 */
	private void replay(CachedPage page, PageKey key, HttpServletRequest request, HttpServletResponse response) {
		if (key.languageInAddress()) {
			this.locales.setLocale(request, response, key.language().locale());
		}
		page.headers().forEach((name, values) -> {
			if (name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
				response.setLocale(Locale.forLanguageTag(values.get(0)));
			}
			else {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		response.setContentType(page.contentType());
	}

	/**
	 * Writes the page with this response's own values, or 304 when the visitor's copy is
	 * current.
	 */
	private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean withEtag)
			throws IOException {
		boolean compressible = this.compression.applies(page.contentType(), page.plainLength(List.of()));
		boolean gzipped = compressible && this.compression.accepted(request);
		if (compressible) {
			response.addHeader(HttpHeaders.VARY, "accept-encoding");
		}
		if (withEtag && new ServletWebRequest(request, response)
			.checkNotModified(page.etag(csrfCookieOf(request), gzipped))) {
			return;
		}
		List<String> filled = valuesFor(page, request);
		if (gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzipLength(filled));
			page.writeGzip(response.getOutputStream(), filled);
		}
		else {
			response.setContentLength(page.plainLength(filled));
			page.writePlain(response.getOutputStream(), filled);
		}
	}

	/**
	 * This response's own values for the page's gaps: the visitor's CSRF token, a new
	 * form ticket.
	 */
	private List<String> valuesFor(CachedPage page, HttpServletRequest request) {
		if (page.gaps().isEmpty()) {
			return List.of();
		}
		Map<String, String> issued = new HashMap<>(2);
		List<String> filled = new ArrayList<>(page.gaps().size());
		for (String gap : page.gaps()) {
			filled.add(issued.computeIfAbsent(gap, (name) -> issue(name, request)));
		}
		return filled;
	}

	private String issue(String name, HttpServletRequest request) {
		String value;
		if (name.equals(CSRF)) {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			value = (token != null) ? token.getToken() : "";
		}
		else {
			value = this.values.get(name).issue(request);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_' && c != '.') {
				throw new IllegalStateException("A value spliced into a page must need no escaping: " + name);
			}
		}
		return value;
	}

	/** What a page's CSRF token depends on: the visitor's token cookie, if any. */
	private static String csrfCookieOf(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		CRC32 crc = new CRC32();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals("XSRF-TOKEN")) {
					crc.update(cookie.getValue().getBytes(StandardCharsets.US_ASCII));
					return Long.toHexString(crc.getValue());
				}
			}
		}
		return "none";
	}

	private static boolean hasCookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(name)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The request as a page rendered for the cache sees it: its CSRF token is a
	 * placeholder.
	 */
	private static final class Filling extends HttpServletRequestWrapper {

		private final CsrfToken placeholder;

		Filling(HttpServletRequest request, String placeholder) {
			super(request);
			this.placeholder = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", placeholder);
		}

		@Override
		public Object getAttribute(String name) {
			Object value = super.getAttribute(name);
			if (value instanceof CsrfToken && (name.equals(CsrfToken.class.getName()) || name.equals("_csrf"))) {
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

	/**
	 * Tomcat's compression settings, applied to cached pages the way Tomcat applies them
	 * to others.
	 */
	record Compression(boolean enabled, List<String> mimeTypes, long minResponseSize) {

		boolean applies(String contentType, int length) {
			if (!this.enabled || contentType == null || length < this.minResponseSize) {
				return false;
			}
			String type = contentType.split(";", 2)[0].trim();
			return this.mimeTypes.stream().anyMatch(type::equalsIgnoreCase);
		}

		boolean accepted(HttpServletRequest request) {
			String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			return accepted != null && accepted.contains("gzip") && !accepted.contains("gzip;q=0");
		}

	}

}
