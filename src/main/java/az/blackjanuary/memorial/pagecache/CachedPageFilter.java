package az.blackjanuary.memorial.pagecache;

import java.io.IOException;

import az.blackjanuary.memorial.system.SiteHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves a page already in the cache before the rest of the filters: a cached page needs
 * none of Spring Security's work but two pieces, done here with Spring Security's own
 * parts, so that the answer is the one it would have given: the visitor's CSRF token
 * (from the same token repository and request handler as its CSRF filter) and the site's
 * security headers. Requests the cache may answer carry no session (see
 * {@link PageKeys}), so there is nobody to authenticate. Anything else, and a page not in
 * the cache, goes on to be rendered.
 */
final class CachedPageFilter extends OncePerRequestFilter {

	private final PageCache cache;

	private final PageKeys keys;

	private final CachedPageResponses responses;

	private final CsrfTokenRepository csrfTokens;

	private final CsrfTokenRequestHandler csrfTokenHandler;

	CachedPageFilter(PageCache cache, PageKeys keys, CachedPageResponses responses, CsrfTokenRepository csrfTokens,
			CsrfTokenRequestHandler csrfTokenHandler) {
		this.cache = cache;
		this.keys = keys;
		this.responses = responses;
		this.csrfTokens = csrfTokens;
		this.csrfTokenHandler = csrfTokenHandler;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageKey key = hasBody(request) ? null : this.keys.keyOf(request);
		CachedPage page = (key != null) ? this.cache.lookUp(key) : null;
		if (page == null) {
			// Looking up claimed the refresh of a page whose life is over: this request
			// renders it, behind Spring Security (PageCacheFilter).
			chain.doFilter(request, response);
			return;
		}
		DeferredCsrfToken token = this.csrfTokens.loadDeferredToken(request, response);
		request.setAttribute(DeferredCsrfToken.class.getName(), token);
		this.csrfTokenHandler.handle(request, response, token::get);
		this.responses.answer(page, key, request, response, () -> SiteHeaders.write(request, response));
	}

	/** A GET with a body is left to the filters that judge bodies. */
	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

}
