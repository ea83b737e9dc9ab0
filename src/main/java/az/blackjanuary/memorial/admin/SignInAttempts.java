package az.blackjanuary.memorial.admin;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database and locks an account after too many in a row, so that
 * guessing a password is slow and the lock holds across restarts and instances. Every sign-in,
 * failed or not, goes to the audit log.
 */
@Component
class SignInAttempts {

	private final AdminAccountRepository accounts;

	private final AdminProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	SignInAttempts(AdminAccountRepository accounts, AdminProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.accounts.findForUpdate(username).ifPresent(AdminAccount::signedIn);
		this.audit.record(username, AuditAction.SIGNED_IN, null, null);
	}

	@EventListener
	@Transactional
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		this.audit.record(username, AuditAction.SIGN_IN_FAILED, null, reason(event.getException()));
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.accounts.findForUpdate(username)
				.filter((account) -> account.failSignIn(this.clock.instant(), this.properties.allowedFailedSignIns(),
						this.properties.lockDuration()))
				.ifPresent((locked) -> this.audit.record(username, AuditAction.ACCOUNT_LOCKED, "account " + username,
						"until " + this.audit.timeOf(locked.lockedUntil())));
		}
	}

	/** Why a sign-in failed, in words: the log is read by people, not by the code that threw. */
	private static String reason(AuthenticationException failure) {
		if (failure instanceof LockedException) {
			return "account locked";
		}
		if (failure instanceof DisabledException) {
			return "account disabled";
		}
		if (failure instanceof BadCredentialsException) {
			return "wrong username or password";
		}
		return "sign-in failed";
	}

	@EventListener
	@Transactional
	void signedOut(LogoutSuccessEvent event) {
		this.audit.record(event.getAuthentication().getName(), AuditAction.SIGNED_OUT, null, null);
	}

}
