package az.blackjanuary.memorial.carnation;

import az.blackjanuary.memorial.system.RateLimited;
import az.blackjanuary.memorial.system.RateLimiter.LimitedAction;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Laying a carnation is a plain form post, so it works with JavaScript off. */
@Controller
class CarnationController {

	private final CarnationService carnations;

	CarnationController(CarnationService carnations) {
		this.carnations = carnations;
	}

	@RateLimited(LimitedAction.CARNATION)
	@PostMapping("/carnations")
	String lay() {
		this.carnations.layOne();
		return "redirect:/?carnation=laid#carnations";
	}

}
