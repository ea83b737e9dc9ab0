package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides the limit of a {@link LargeBodyRoute} once Spring Security knows who is asking,
 * and before anything reads the body (the CSRF check reads a form's fields). A signed-in
 * administrator may send up to the route's limit. Anyone else is answered before a byte
 * of the body is read: 413 over the usual 64 KiB, else sent to sign in (403 for an editor
 * who is not an administrator), as on any page of the editors' area. A file is left to
 * the container, outside {@link RequestBodyFilter}'s deadline, so a stranger sending one
 * a byte at a time would otherwise hold a request thread for as long as they liked.
 */
class LargeBodyFilter extends OncePerRequestFilter {

	private static final int DROPPED_AT_MOST_TIMES = 4;

	private final LargeBodyRoutes routes;

	LargeBodyFilter(LargeBodyRoutes routes) {
		this.routes = routes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<LargeBodyRoute> route = this.routes.of(request);
		if (route.isPresent()) {
			long length = request.getContentLengthLong();
			if (!isAdministrator()) {
				boolean sentInChunks = length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
				if (sentInChunks || length > RequestSizeFilter.LIMIT.toBytes()) {
					RequestSizeFilter.refuse(response, HttpStatus.CONTENT_TOO_LARGE);
				}
				else if (isSignedIn()) {
					RequestSizeFilter.refuse(response, HttpStatus.FORBIDDEN);
				}
				else {
					response.setHeader(HttpHeaders.CONNECTION, "close");
					response.sendRedirect(request.getContextPath() + SecurityConfig.SIGN_IN);
				}
				return;
			}
			else if (length > route.get().limit().toBytes()) {
				// One sent in chunks meets the container's multipart limit as it is read.
				request.setAttribute(LargeBodyRoute.REFUSED_LIMIT, route.get().limit());
				readAndDropNotTooFarOver(request, length, route.get());
				RequestSizeFilter.refuse(response, HttpStatus.CONTENT_TOO_LARGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * A browser whose upload is cut off shows a dropped connection, not the page that
	 * says why; so an administrator's file a few times over the limit is read and thrown
	 * away first. A larger one is not: the connection is closed, as for anyone.
	 */
	private static void readAndDropNotTooFarOver(HttpServletRequest request, long length, LargeBodyRoute route)
			throws IOException {
		if (length <= DROPPED_AT_MOST_TIMES * route.limit().toBytes()) {
			request.getInputStream().transferTo(OutputStream.nullOutputStream());
		}
	}

	private static boolean isSignedIn() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken);
	}

	private static boolean isAdministrator() {
		return isSignedIn() && SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch((granted) -> "ROLE_ADMIN".equals(granted.getAuthority()));
	}

}
