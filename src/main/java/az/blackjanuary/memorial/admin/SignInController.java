package az.blackjanuary.memorial.admin;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The sign-in page; Spring Security handles the form post and the sign-out. */
@Controller
class SignInController {

	/** Where a failed sign-in is forwarded to, within the same request. */
	static final String FAILED = "/login/failed";

	/**
	 * The request attribute with the {@link SignInThrottle.Hold} a failed sign-in ended
	 * in, if any.
	 */
	static final String HOLD = SignInController.class.getName() + ".hold";

	private static final String PAGE = "admin/login";

	/**
	 * How much of a name typed is shown back: more than any account's name, never a whole
	 * pasted text.
	 */
	private static final int NAME_SHOWN_BACK = 100;

	private final Clock clock;

	SignInController(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Not for search engines: robots.txt keeps them off, and a page linked from elsewhere
	 * says so itself.
	 */
	@GetMapping("/login")
	String signIn(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		return PAGE;
	}

	/**
	 * The sign-in page after a failure, with the name typed kept: 401 for a wrong name or
	 * password, 429 with Retry-After while the client must wait.
	 */
	@PostMapping(FAILED)
	ModelAndView failed(@RequestParam(defaultValue = "") String username, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		if (request.getDispatcherType() != DispatcherType.FORWARD) {
			return new ModelAndView("redirect:/login");
		}
		SignInThrottle.Hold hold = (SignInThrottle.Hold) request.getAttribute(HOLD);
		ModelAndView page = new ModelAndView(PAGE,
				(hold != null) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED);
		// The page's language links lead to the sign-in page, not to this forward.
		page.addObject("currentPath", "/login");
		page.addObject("username",
				(username.length() > NAME_SHOWN_BACK) ? username.substring(0, NAME_SHOWN_BACK) : username);
		if (hold == null) {
			page.addObject("failed", true);
		}
		else {
			long seconds = hold.secondsLeft(this.clock.instant());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			if (hold.lockedOut()) {
				page.addObject("heldMinutes", hold.minutesLeft(this.clock.instant()));
			}
			else {
				page.addObject("waitSeconds", seconds);
			}
		}
		return page;
	}

}
