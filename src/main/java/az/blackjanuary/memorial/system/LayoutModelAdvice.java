package az.blackjanuary.memorial.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What the shared layout needs on every page: the page's own path and position for
 * language links.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private static final List<Language> LANGUAGES = List.of(Language.values());

	/**
	 * What a language link keeps of the address besides the path: the wall's cursor, so
	 * that a reader switching language on its second page stays on that page, and its
	 * search (below). Only values a cursor can have are kept; anything else is left
	 * behind rather than echoed into links.
	 */
	private static final List<String> KEPT_PARAMETERS = List.of("before", "after");

	private static final Pattern KEPT_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/**
	 * The wall's search is kept too, encoded again rather than echoed: up to the length
	 * the wall searches (a longer one is refused there, and its links leave it behind).
	 */
	private static final String KEPT_SEARCH = "q";

	private static final int KEPT_SEARCH_LENGTH = 100;

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
		String search = decoded(parameters.getFirst(KEPT_SEARCH));
		if (search != null && !search.isBlank()
				&& search.strip().codePointCount(0, search.strip().length()) <= KEPT_SEARCH_LENGTH) {
			kept.append('&').append(KEPT_SEARCH).append('=').append(URLEncoder.encode(search, StandardCharsets.UTF_8));
		}
		return kept.toString();
	}

	/**
	 * A value as the address carries it, decoded; null when it is missing or malformed.
	 */
	private static String decoded(String value) {
		if (value == null) {
			return null;
		}
		try {
			return UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

}
