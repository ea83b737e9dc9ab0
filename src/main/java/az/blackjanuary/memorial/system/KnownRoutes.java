package az.blackjanuary.memorial.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The path of the page being shown, for its language and canonical links. A page a
 * controller took is its own path; an error page links the page the visitor asked for
 * only when a controller took it too (a release that does not exist, a flood on the
 * wall). An address no controller took, or one refused before any did
 * ({@code //evil.example/x}), is never written into a link: its error page offers the
 * home page.
 */
class KnownRoutes implements HandlerInterceptor {

	private static final String PATH = KnownRoutes.class.getName() + ".path";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() == DispatcherType.REQUEST
				&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			request.setAttribute(PATH, pathOf(request));
		}
		return true;
	}

	static String currentPath(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null) {
			return pathOf(request);
		}
		return (request.getAttribute(PATH) instanceof String known) ? known : "/";
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
