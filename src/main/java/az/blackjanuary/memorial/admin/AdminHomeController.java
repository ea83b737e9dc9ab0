package az.blackjanuary.memorial.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' start page. */
@Controller
class AdminHomeController {

	private final WaitingTributes waiting;

	AdminHomeController(WaitingTributes waiting) {
		this.waiting = waiting;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("pending", this.waiting.pending());
		return "admin/home";
	}

}
