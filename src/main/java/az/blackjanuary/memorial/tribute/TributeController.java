package az.blackjanuary.memorial.tribute;

import java.util.Locale;

import az.blackjanuary.memorial.system.Language;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The tribute wall and the form to leave a tribute on it. */
@Controller
class TributeController {

	private static final String WALL = "tribute/wall";

	private final TributeService tributes;

	TributeController(TributeService tributes) {
		this.tributes = tributes;
	}

	@GetMapping("/tributes")
	String wall(@RequestParam(required = false) String before, @RequestParam(required = false) String after,
			Model model) {
		model.addAttribute("wall", page(before, after));
		model.addAttribute("tributeForm", TributeForm.empty());
		return WALL;
	}

	@PostMapping("/tributes")
	ModelAndView leave(@Valid @ModelAttribute TributeForm tributeForm, BindingResult errors, Locale locale) {
		if (errors.hasErrors()) {
			ModelAndView form = new ModelAndView(WALL, HttpStatus.UNPROCESSABLE_CONTENT);
			form.addObject("wall", this.tributes.firstPage());
			return form;
		}
		this.tributes.submit(tributeForm, Language.of(locale));
		return new ModelAndView("redirect:/tributes?received#received");
	}

	private WallPage page(String before, String after) {
		if (before != null) {
			return this.tributes.olderThan(cursor(before));
		}
		if (after != null) {
			return this.tributes.newerThan(cursor(after));
		}
		return this.tributes.firstPage();
	}

	private static WallCursor cursor(String text) {
		return WallCursor.parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
	}

}
