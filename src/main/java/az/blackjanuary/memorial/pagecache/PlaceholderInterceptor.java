package az.blackjanuary.memorial.pagecache;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * While a page is rendered for the cache, puts placeholders in place of the model's
 * values that must be new in every response (a form's one-time ticket), so that no
 * visitor is ever served another's.
 */
final class PlaceholderInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null
				|| !(request.getAttribute(PageCacheFilter.FILLING) instanceof Map<?, ?> placeholders)) {
			return;
		}
		placeholders.forEach((placeholder, name) -> {
			if (modelAndView.getModel().containsKey(name)) {
				modelAndView.addObject((String) name, placeholder);
			}
		});
	}

}
