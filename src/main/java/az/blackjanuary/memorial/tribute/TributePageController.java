package az.blackjanuary.memorial.tribute;

import java.util.Locale;

import az.blackjanuary.memorial.system.Language;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** Each approved tribute on its own page, with a way back to its place on the wall. */
@Controller
class TributePageController {

	private final TributeService tributes;

	TributePageController(TributeService tributes) {
		this.tributes = tributes;
	}

	/** Ids only: other words after /tributes/ are other pages or none. */
	@GetMapping("/tributes/{id:\\d{1,18}}")
	ModelAndView show(@PathVariable long id, Locale locale) {
		try {
			return new ModelAndView("tribute/show").addObject("page",
					this.tributes.onItsOwnPage(id, Language.of(locale)));
		}
		catch (TributeRemovedByAuthor removed) {
			// Answered here, not by an exception handler, so that the page gets its
			// layout.
			return new ModelAndView("tribute/gone", HttpStatus.GONE);
		}
	}

}
