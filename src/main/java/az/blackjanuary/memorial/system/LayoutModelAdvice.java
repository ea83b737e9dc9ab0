package az.blackjanuary.memorial.system;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the page's own path and position for
 * language links.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private static final List<Language> LANGUAGES = List.of(Language.values());

	/**
	 * What a language link keeps of the address besides the path: the wall's cursor, so
	 * that a reader switching language on its second page stays on that page. Only values
	 * a cursor can have are kept; anything else is left behind rather than echoed into
	 * links.
	 */
	private static final List<String> KEPT_PARAMETERS = List.of("before", "after");

	private static final Pattern KEPT_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final MemorialProperties properties;

	LayoutModelAdvice(MemorialProperties properties) {
		this.properties = properties;
	}

	/**
	 * All in one method: Spring MVC calls each such method on every request, pages or
	 * not.
	 */
	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		model.addAttribute("currentPath", KnownRoutes.currentPath(request));
		model.addAttribute("keptQuery", keptQuery(request));
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("currentLanguage", Language.of(locale));
		// The zone editors' dates and times are shown and entered in.
		model.addAttribute("clockZone", this.properties.timeZone());
		model.addAttribute("siteUrl", this.properties.siteUrl());
	}

	/**
	 * The kept parameters of the address (never of a posted body), each as
	 * {@code &name=value}, to follow {@code ?lang=}; empty when there are none.
	 */
	static String keptQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return "";
		}
		var parameters = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
		StringBuilder kept = new StringBuilder();
		for (String name : KEPT_PARAMETERS) {
			String value = parameters.getFirst(name);
			if (value != null && KEPT_VALUE.matcher(value).matches()) {
				kept.append('&').append(name).append('=').append(value);
			}
		}
		return kept.toString();
	}

}
