package az.blackjanuary.memorial.system;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the page's own path for language links. */
@ControllerAdvice
class LayoutModelAdvice {

	private final MemorialProperties properties;

	LayoutModelAdvice(MemorialProperties properties) {
		this.properties = properties;
	}

	/** The path of the page being shown; on an error page, the path the visitor asked for. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original != null) ? original.toString() : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

	@ModelAttribute("languages")
	List<Language> languages() {
		return List.of(Language.values());
	}

	@ModelAttribute("currentLanguage")
	Language currentLanguage(Locale locale) {
		return Language.of(locale);
	}

	/** The zone editors' dates and times are shown and entered in. */
	@ModelAttribute("clockZone")
	ZoneId clockZone() {
		return this.properties.timeZone();
	}

	@ModelAttribute("siteUrl")
	String siteUrl() {
		return this.properties.siteUrl();
	}

}
