package az.blackjanuary.memorial.names;

import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.tribute.TributeService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of the fallen, and each person's own page. */
@Controller
class NamesController {

	/** The longest search taken: a full name in any spelling fits. */
	static final int SEARCH_MAX = 100;

	private final Register register;

	private final TributeService tributes;

	NamesController(Register register, TributeService tributes) {
		this.register = register;
		this.tributes = tributes;
	}

	@GetMapping("/names")
	String register(@RequestParam(required = false) String q, Locale locale, Model model,
			HttpServletResponse response) {
		Language language = Language.of(locale);
		String search = (q != null && !q.isBlank()) ? q.strip() : null;
		if (search != null && search.length() > SEARCH_MAX) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("queryTooLong", SEARCH_MAX);
			search = null;
		}
		if (search != null) {
			// Searches are many and say nothing new: search engines keep to the register.
			response.setHeader("X-Robots-Tag", "noindex, follow");
		}
		List<RegisterEntry> entries = this.register.entries(search, locale);
		model.addAttribute("query", search);
		model.addAttribute("total", this.register.count());
		model.addAttribute("found", entries.size());
		model.addAttribute("letters", Register.byLetter(entries, language));
		return "names/register";
	}

	@GetMapping("/names/{slug}")
	String person(@PathVariable String slug, Locale locale, Model model) {
		PersonPage page = this.register.page(slug, locale);
		model.addAttribute("person", page);
		model.addAttribute("tributes", this.tributes.remembering(page.entry().id()));
		return "names/person";
	}

}
