package az.blackjanuary.memorial.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the page's own path for language links. */
@ControllerAdvice
class LayoutModelAdvice {

	private static final List<Language> LANGUAGES = List.of(Language.values());

	private final MemorialProperties properties;

	LayoutModelAdvice(MemorialProperties properties) {
		this.properties = properties;
	}

	/** All in one method: Spring MVC calls each such method on every request, pages or not. */
	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		model.addAttribute("currentPath", KnownRoutes.currentPath(request));
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("currentLanguage", Language.of(locale));
		// The zone editors' dates and times are shown and entered in.
		model.addAttribute("clockZone", this.properties.timeZone());
		model.addAttribute("siteUrl", this.properties.siteUrl());
	}

}
