package az.blackjanuary.memorial.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import az.blackjanuary.memorial.system.AcceptedCodings;
import az.blackjanuary.memorial.system.CsrfCookieTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a request with a cached page: what Spring MVC would have done on its way to the
 * page (the language switch, the page's own headers, its route for the request log and
 * the metrics), then the bytes with this response's own values, or 304.
 */
final class CachedPageResponses {

	static final String CSRF = "csrf";

	private final LocaleResolver locales;

	private final Map<String, PerResponseValue> values;

	private final Compression compression;

	CachedPageResponses(LocaleResolver locales, Map<String, PerResponseValue> values, Compression compression) {
		this.locales = locales;
		this.values = values;
		this.compression = compression;
	}

	/**
	 * Serves the page.
	 * @param beforeBody what to write once the status is known (the security headers,
	 * where Spring Security has not run)
	 */
	void answer(CachedPage page, PageKey key, HttpServletRequest request, HttpServletResponse response,
			Runnable beforeBody) throws IOException {
		replay(page, key, request, response);
		serve(page, request, response, true, beforeBody);
	}

	private void replay(CachedPage page, PageKey key, HttpServletRequest request, HttpServletResponse response) {
		if (key.languageInAddress()) {
			this.locales.setLocale(request, response, key.language().locale());
		}
		if (page.route() != null && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) == null) {
			request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, page.route());
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((observed) -> observed.setPathPattern(page.route()));
		}
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(page.contentType());
	}

	/**
	 * Writes the page with this response's own values, or 304 when the visitor's copy is
	 * current.
	 */
	void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean withEtag,
			Runnable beforeBody) throws IOException {
		boolean compressible = this.compression.applies(page.contentType(), page.plainLength(List.of()));
		boolean gzipped = compressible && this.compression.accepted(request);
		if (compressible) {
			response.addHeader(HttpHeaders.VARY, "accept-encoding");
		}
		if (withEtag && new ServletWebRequest(request, response)
			.checkNotModified(page.etag(csrfCookieOf(request), gzipped))) {
			beforeBody.run();
			return;
		}
		List<String> filled = valuesFor(page, request);
		beforeBody.run();
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
		// Base64's characters with its padding (a masked CSRF token ends in it when the
		// visitor's cookie has a length not divisible by three), and dots: none needs
		// escaping in a quoted attribute.
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_' && c != '.' && c != '=') {
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
				if (cookie.getName().equals(CsrfCookieTokens.COOKIE)) {
					crc.update(cookie.getValue().getBytes(StandardCharsets.US_ASCII));
					return Long.toHexString(crc.getValue());
				}
			}
		}
		return "none";
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
			return AcceptedCodings.accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING), "gzip");
		}

	}

}
