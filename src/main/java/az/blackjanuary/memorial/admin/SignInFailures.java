package az.blackjanuary.memorial.admin;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a failed sign-in leads: the page says the account is locked as soon as it is, from the
 * very attempt that locked it, and otherwise that the name or the password is wrong.
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

	private final AdminAccountRepository accounts;

	private final Clock clock;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	SignInFailures(AdminAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		this.redirect.sendRedirect(request, response, isLocked(request, failure) ? "/login?locked" : "/login?error");
	}

	/** SignInAttempts has counted this failure before it gets here, and locked the account if it was the last. */
	private boolean isLocked(HttpServletRequest request, AuthenticationException failure) {
		String username = request.getParameter("username");
		return failure instanceof LockedException || (username != null && this.accounts.findByUsername(username)
			.filter((account) -> account.isLockedAt(this.clock.instant()))
			.isPresent());
	}

}
