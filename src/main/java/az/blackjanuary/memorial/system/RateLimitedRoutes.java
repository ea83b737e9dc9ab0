package az.blackjanuary.memorial.system;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import az.blackjanuary.memorial.system.RateLimitFilter.LimitedRoute;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The addresses of the handlers marked {@link RateLimited}, gathered once every
 * controller is mapped, plus the sign-in, which Spring Security answers without a
 * handler. The rate limits run before Spring MVC, and before the body is read, so they
 * match addresses, not handlers.
 */
@Component
class RateLimitedRoutes implements SmartInitializingSingleton {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<LimitedRoute> routes = List.of();

	RateLimitedRoutes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Stream<LimitedRoute> handlers = this.mappings.orderedStream()
			.flatMap((mapping) -> mapping.getHandlerMethods().entrySet().stream())
			.flatMap(RateLimitedRoutes::routesOf);
		Stream<LimitedRoute> signIn = Stream
			.of(LimitedRoute.of(SecurityConfig.SIGN_IN, RateLimiter.LimitedAction.SIGN_IN));
		// The most specific address first, as Spring MVC picks its handler.
		this.routes = Stream.concat(handlers, signIn)
			.distinct()
			.sorted(Comparator.comparing(LimitedRoute::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
	}

	List<LimitedRoute> all() {
		return this.routes;
	}

	private static Stream<LimitedRoute> routesOf(Map.Entry<RequestMappingInfo, HandlerMethod> mapped) {
		HandlerMethod handler = mapped.getValue();
		RateLimited limit = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RateLimited.class);
		if (limit == null) {
			limit = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RateLimited.class);
		}
		if (limit == null) {
			return Stream.empty();
		}
		RateLimiter.LimitedAction action = limit.value();
		return mapped.getKey().getPatternValues().stream().map((pattern) -> LimitedRoute.of(pattern, action));
	}

}
