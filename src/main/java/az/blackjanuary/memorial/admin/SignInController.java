package az.blackjanuary.memorial.admin;

import jakarta.servlet.http.HttpServletResponse;
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

	/** Not for search engines: robots.txt keeps them off, and a page linked from elsewhere says so itself. */
	@GetMapping("/login")
	String signIn(Model model, HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("lockMinutes", this.properties.lockDuration().toMinutes());
		return "admin/login";
	}

}
