package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * No form the site offers needs more than 64 KiB. A larger body is answered 413,
 * parameters Tomcat cannot read (a body too large without a length: 413; not UTF-8: 400)
 * likewise, and the site's error page for them reads only the query string, never the
 * refused body. Files are taken only on a {@link LargeBodyRoute}, whose limit is decided
 * once the sender is known ({@link LargeBodyFilter}); a file sent anywhere else is
 * refused with 415 before the container would read it.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	static final DataSize LIMIT = DataSize.ofKilobytes(64);

	private final LargeBodyRoutes largeBodyRoutes;

	RequestSizeFilter(LargeBodyRoutes largeBodyRoutes) {
		this.largeBodyRoutes = largeBodyRoutes;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// An error page never needs the body: a refused one (too large, a flood) is
			// not read.
			chain.doFilter(new QueryStringOnly(request), response);
			return;
		}
		if (this.largeBodyRoutes.of(request).isEmpty()) {
			if (request.getContentLengthLong() > LIMIT.toBytes()) {
				refuse(response, HttpStatus.CONTENT_TOO_LARGE);
				return;
			}
			if (RequestBodyFilter.isMultipart(request)) {
				refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				return;
			}
		}
		try {
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException | ServletException unreadable) {
			InvalidParameterException invalid = (unreadable instanceof InvalidParameterException direct) ? direct
					: (unreadable.getCause() instanceof InvalidParameterException cause) ? cause : null;
			if (invalid == null) {
				throw unreadable;
			}
			// Tomcat says which: a body too large to read (413), or parameters, in the
			// body or the
			// address, that are not valid UTF-8 or not a form (400).
			boolean tooLarge = invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
			refuse(response, tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
		}
	}

	static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setHeader("Connection", "close");
		response.sendError(status.value());
	}

	/**
	 * The request as the error page sees it: parameters from the address only, and no
	 * body type, so that a refused file is not read as parts either.
	 */
	static class QueryStringOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		QueryStringOnly(HttpServletRequest request) {
			super(request);
			String query = request.getQueryString();
			if (query != null) {
				MultiValueMap<String, String> parsed = UriComponentsBuilder.newInstance()
					.query(query)
					.build()
					.getQueryParams();
				parsed.forEach((name, values) -> this.parameters.put(name, values.toArray(String[]::new)));
			}
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(this.parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(List.copyOf(this.parameters.keySet()));
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
