package az.blackjanuary.memorial.site;

import java.util.Locale;

import az.blackjanuary.memorial.carnation.CarnationService;
import az.blackjanuary.memorial.release.AnniversaryCalculator;
import az.blackjanuary.memorial.release.ReleaseService;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.tribute.TributeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: this year's anniversary, the statement of the newest release, carnations
 * and tributes.
 */
@Controller
class StatementController {

	private final ReleaseService releases;

	private final AnniversaryCalculator anniversary;

	private final CarnationService carnations;

	private final TributeService tributes;

	StatementController(ReleaseService releases, AnniversaryCalculator anniversary, CarnationService carnations,
			TributeService tributes) {
		this.releases = releases;
		this.anniversary = anniversary;
		this.carnations = carnations;
		this.tributes = tributes;
	}

	@GetMapping("/")
	String statement(Locale locale, Model model) {
		Language language = Language.of(locale);
		model.addAttribute("anniversary", language.rules().anniversary(this.anniversary.anniversaryNow()));
		model.addAttribute("mourning", this.anniversary.isDayOfMourning());
		model.addAttribute("release", this.releases.current(language).orElse(null));
		model.addAttribute("carnations", this.carnations.total());
		model.addAttribute("tributes", this.tributes.newestOnTheWall(language));
		return "site/statement";
	}

}
