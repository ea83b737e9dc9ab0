package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.RateLimited;
import az.blackjanuary.memorial.system.RateLimiter.LimitedAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The author's private page for a tribute, reached only through the link given after
 * posting. Its address is the key: it is kept out of search engines, caches and other
 * sites' referrers.
 */
@Controller
@RateLimited(LimitedAction.AUTHOR_CHANGE)
@RequestMapping(AuthorControlController.PATH + "{key}")
class AuthorControlController {

	static final String PATH = "/tributes/yours/";

	private static final String PAGE = "tribute/yours";

	private final AuthorControl authors;

	private final PrivateLinks links;

	AuthorControlController(AuthorControl authors, PrivateLinks links) {
		this.authors = authors;
		this.links = links;
	}

	@ModelAttribute
	void keepPrivate(@PathVariable String key, Model model, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		model.addAttribute("key", key);
		model.addAttribute("link", this.links.addressOf(key, request));
	}

	@GetMapping
	String show(@PathVariable String key, Model model) {
		AuthorControl.AuthorsTribute tribute = this.authors.find(key);
		model.addAttribute("tribute", tribute);
		model.addAttribute("tributeForm", tribute.form());
		return PAGE;
	}

	@PostMapping
	ModelAndView change(@PathVariable String key, @Valid @ModelAttribute TributeForm tributeForm,
			BindingResult errors) {
		if (errors.hasErrors()) {
			return page(key, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return switch (this.authors.change(key, tributeForm)) {
			case CHANGED -> new ModelAndView("redirect:" + pathOf(key) + "?changed#changed");
			case TOO_LATE -> page(key, HttpStatus.CONFLICT);
			case REMOVED -> page(key, HttpStatus.GONE);
		};
	}

	/**
	 * Asked once before the tribute is removed for good, saying what will be erased:
	 * without JavaScript, a page.
	 */
	@GetMapping("/removal")
	String confirmRemoval(@PathVariable String key, Model model) {
		AuthorControl.AuthorsTribute tribute = this.authors.find(key);
		if (tribute.removed()) {
			return "redirect:" + pathOf(key) + "?removed#removed";
		}
		model.addAttribute("tribute", tribute);
		return "tribute/remove";
	}

	@PostMapping("/removal")
	String remove(@PathVariable String key) {
		this.authors.remove(key);
		return "redirect:" + pathOf(key) + "?removed#removed";
	}

	/** Where the author of a tribute keeps control of it. */
	static String pathOf(String authorKey) {
		return PATH + authorKey;
	}

	/** The page again, with what the author sent and why it was not saved. */
	private ModelAndView page(String key, HttpStatus status) {
		ModelAndView page = new ModelAndView(PAGE, status);
		page.addObject("tribute", this.authors.find(key));
		return page;
	}

}
