package az.blackjanuary.memorial.release;

import java.util.Locale;

import az.blackjanuary.memorial.system.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The archive of published releases and each release on its own page. */
@Controller
class ReleaseController {

	private final ReleaseService releases;

	ReleaseController(ReleaseService releases) {
		this.releases = releases;
	}

	@GetMapping("/releases")
	String archive(Locale locale, Model model) {
		model.addAttribute("years", this.releases.archive(Language.of(locale)));
		return "release/archive";
	}

	@GetMapping("/releases/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("release", this.releases.published(slug, Language.of(locale)));
		return "release/show";
	}

}
