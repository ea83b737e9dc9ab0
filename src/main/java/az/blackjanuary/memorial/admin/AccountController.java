package az.blackjanuary.memorial.admin;

import java.security.Principal;
import java.time.Clock;

import az.blackjanuary.memorial.system.ClientAddress;
import az.blackjanuary.memorial.system.RateLimited;
import az.blackjanuary.memorial.system.RateLimiter.LimitedAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts: the administrators' list of editors, and every editor's own password. */
@Controller
class AccountController {

	private final AccountService accounts;

	private final EditorSessions sessions;

	private final ClientAddress clients;

	private final Clock clock;

	AccountController(AccountService accounts, EditorSessions sessions, ClientAddress clients, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.clients = clients;
		this.clock = clock;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("newAccount", AccountForms.NewAccount.empty());
		model.addAttribute("roles", AccountRole.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	ModelAndView create(@Valid @ModelAttribute("newAccount") AccountForms.NewAccount newAccount, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("username") && this.accounts.exists(newAccount.username())) {
			errors.rejectValue("username", "admin.users.username-taken");
		}
		if (errors.hasErrors()) {
			ModelAndView form = new ModelAndView("admin/users", HttpStatus.UNPROCESSABLE_CONTENT);
			form.addObject("accounts", this.accounts.all());
			form.addObject("roles", AccountRole.values());
			return form;
		}
		this.accounts.create(newAccount);
		redirect.addFlashAttribute("notice", "admin.users.notice.created");
		return new ModelAndView("redirect:/admin/users");
	}

	@PostMapping("/admin/users/{id}/password")
	String reset(@PathVariable long id, @Valid AccountForms.PasswordReset reset, BindingResult errors, Principal editor,
			RedirectAttributes redirect) {
		String refusal = errors.hasErrors() ? AccountForms.PasswordReset.refusal(errors) : null;
		if (refusal == null && !this.accounts.resetPassword(id, reset.password(), editor.getName())) {
			refusal = "admin.users.own-password";
		}
		if (refusal != null) {
			redirect.addFlashAttribute("refusal", refusal);
		}
		else {
			redirect.addFlashAttribute("notice", "admin.users.notice.reset");
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, Principal editor, RedirectAttributes redirect) {
		if (this.accounts.enable(id, enabled, editor.getName())) {
			redirect.addFlashAttribute("notice", "admin.notice.saved");
		}
		else {
			redirect.addFlashAttribute("refusal", "admin.users.not-yourself");
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/account/password")
	String passwordForm(Model model) {
		model.addAttribute("newPassword", new AccountForms.NewPassword(null, null));
		return "admin/password";
	}

	@RateLimited(LimitedAction.SIGN_IN)
	@PostMapping("/admin/account/password")
	ModelAndView changePassword(@Valid @ModelAttribute("newPassword") AccountForms.NewPassword newPassword,
			BindingResult errors, Principal editor, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			return new ModelAndView("admin/password", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		AccountService.OwnPasswordChange change = this.accounts.changeOwnPassword(editor.getName(),
				newPassword.current(), newPassword.password(), this.clients.of(request));
		if (change.toldToWait()) {
			SignInThrottle.Hold hold = change.hold();
			long seconds = hold.secondsLeft(this.clock.instant());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			if (hold.lockedOut()) {
				errors.rejectValue("current", "admin.password.held",
						new Object[] { hold.minutesLeft(this.clock.instant()) }, null);
			}
			else {
				errors.rejectValue("current", "admin.password.wait", new Object[] { seconds }, null);
			}
			return new ModelAndView("admin/password", HttpStatus.TOO_MANY_REQUESTS);
		}
		if (!change.changed()) {
			errors.rejectValue("current", "admin.password.current-wrong");
			return new ModelAndView("admin/password", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		this.sessions.renew(request, response);
		redirect.addFlashAttribute("notice", "admin.password.notice.changed");
		return new ModelAndView("redirect:/admin");
	}

}
