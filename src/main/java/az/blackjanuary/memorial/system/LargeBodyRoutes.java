package az.blackjanuary.memorial.system;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The routes the features declared as taking a larger body. */
@Component
class LargeBodyRoutes {

	private final List<LargeBodyRoute> routes;

	LargeBodyRoutes(ObjectProvider<LargeBodyRoute> routes) {
		this.routes = routes.orderedStream().toList();
	}

	/** The route this request posts to, if it is one of them. */
	Optional<LargeBodyRoute> of(HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.routes.stream().filter((route) -> route.path().equals(path)).findFirst();
	}

	/** The largest body any route takes: the servlet container's multipart limit. */
	DataSize largest() {
		return this.routes.stream()
			.map(LargeBodyRoute::limit)
			.max(Comparator.naturalOrder())
			.orElse(RequestSizeFilter.LIMIT);
	}

}
