package az.blackjanuary.memorial.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form post and the sign-out. */
@Controller
class SignInController {

	private final AdminProperties properties;

	SignInController(AdminProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("lockMinutes", this.properties.lockDuration().toMinutes());
		return "admin/login";
	}

}
