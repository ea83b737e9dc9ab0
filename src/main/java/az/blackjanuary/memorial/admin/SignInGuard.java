package az.blackjanuary.memorial.admin;

import java.util.Optional;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditDetail;
import az.blackjanuary.memorial.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an editor's password, unless the client asking has failed too often for that
 * name of late: then the password is not looked at, and the client is told to wait. Every
 * attempt goes to the audit log with the client's address.
 * <p>
 * Every answer is the same whether the name exists or not, and costs the same: for a name
 * without an account, BCrypt runs against a stand-in hash; a disabled account is told
 * apart only after its password has been checked, and then answered like a wrong
 * password.
 */
@Component
class SignInGuard implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	SignInGuard(AdminAccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
		// Unknown names are checked against a stand-in BCrypt hash, as long as a real
		// check.
		this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts));
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks((editor) -> {
		});
		this.passwords.setPostAuthenticationChecks((editor) -> {
			if (!editor.isEnabled()) {
				throw new DisabledException("Disabled account");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = attempt.getName();
		String client = clientOf(attempt);
		Optional<SignInThrottle.Hold> hold = this.throttle.current(username, client);
		if (hold.isPresent()) {
			this.audit.recordAttempt(username, client, AuditAction.SIGN_IN_FAILED, AuditDetail.HELD);
			throw new SignInHeldException(hold.get());
		}
		try {
			Authentication signedIn = this.passwords.authenticate(attempt);
			this.throttle.succeeded(username, client);
			this.audit.recordAttempt(username, client, AuditAction.SIGNED_IN, null);
			return signedIn;
		}
		catch (DisabledException disabled) {
			this.audit.recordAttempt(username, client, AuditAction.SIGN_IN_FAILED, AuditDetail.ACCOUNT_DISABLED);
			throw new BadCredentialsException("Wrong username or password");
		}
		catch (BadCredentialsException wrong) {
			SignInThrottle.Hold after = this.throttle.failed(username, client, AuditAction.SIGN_IN_FAILED);
			if (after.lockedOut()) {
				throw new SignInHeldException(after);
			}
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client's address, as {@link SignInClients} found it for the sign-in form. */
	private static String clientOf(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "unknown";
	}

	/** The client must wait before its password for this name is looked at again. */
	static class SignInHeldException extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		private final SignInThrottle.Hold hold;

		SignInHeldException(SignInThrottle.Hold hold) {
			super("Too many failed sign-ins from this client for this name");
			this.hold = hold;
		}

		SignInThrottle.Hold hold() {
			return this.hold;
		}

	}

}
