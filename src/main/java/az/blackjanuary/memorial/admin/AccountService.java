package az.blackjanuary.memorial.admin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditDetail;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts; every editor can change their own password. All
 * audited.
 */
@Service
@Transactional
class AccountService {

	private final AdminAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	AccountService(AdminAccountRepository accounts, PasswordEncoder passwords, SignInThrottle throttle, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AccountRow> all() {
		return this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.map((account) -> new AccountRow(account.id(), account.username(), account.role(), account.enabled(),
					this.throttle.lockedOutAnywhere(account.username())))
			.toList();
	}

	@Transactional(readOnly = true)
	boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	void create(AccountForms.NewAccount form) {
		this.accounts.save(new AdminAccount(form.username(), this.passwords.encode(form.password()), form.role(),
				this.clock.instant()));
		this.audit.record(AuditAction.USER_CREATED, AuditSubject.account(form.username()), form.role().audited());
	}

	/**
	 * A reset also lifts every lock-out of the name: the administrator vouches for the
	 * person. Administrators set their own password on its own page, with the current
	 * one: false when they try it here.
	 */
	boolean resetPassword(long id, String password, String byWhom) {
		AdminAccount account = find(id);
		if (account.username().equals(byWhom)) {
			return false;
		}
		account.changePassword(this.passwords.encode(password));
		this.throttle.lift(account.username());
		this.audit.record(AuditAction.USER_PASSWORD_RESET, AuditSubject.account(account.username()));
		return true;
	}

	/**
	 * Enables or disables an account; false when administrators try to disable their own.
	 */
	boolean enable(long id, boolean enabled, String byWhom) {
		AdminAccount account = find(id);
		if (!enabled && account.username().equals(byWhom)) {
			return false;
		}
		account.enable(enabled);
		this.audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
				AuditSubject.account(account.username()));
		return true;
	}

	/**
	 * Changes the signed-in editor's own password, if they know the current one. The
	 * current password is guessed no more easily here than on the sign-in page: the same
	 * count of failures per client holds back a client that keeps getting it wrong,
	 * before it is checked.
	 */
	OwnPasswordChange changeOwnPassword(String username, String current, String password, String client) {
		Optional<SignInThrottle.Hold> held = this.throttle.current(username, client);
		if (held.isPresent()) {
			this.audit.recordAttempt(username, client, AuditAction.PASSWORD_CHECK_FAILED, AuditDetail.HELD);
			return new OwnPasswordChange(false, false, held.get());
		}
		AdminAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("No account " + username));
		if (current == null || !this.passwords.matches(current, account.passwordHash())) {
			return new OwnPasswordChange(false, true,
					this.throttle.failed(username, client, AuditAction.PASSWORD_CHECK_FAILED));
		}
		account.changePassword(this.passwords.encode(password));
		this.throttle.succeeded(username, client);
		this.audit.record(AuditAction.PASSWORD_CHANGED, AuditSubject.account(username));
		return new OwnPasswordChange(true, true, null);
	}

	private AdminAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("No account " + id));
	}

	/**
	 * What became of an editor's change of their own password.
	 *
	 * @param checked whether the current password was looked at: not while the client
	 * must wait
	 * @param hold when not changed, how long the client must now wait before its next try
	 */
	record OwnPasswordChange(boolean changed, boolean checked, SignInThrottle.Hold hold) {

		/** Whether the editor is told to wait, rather than that the password is wrong. */
		boolean toldToWait() {
			return !this.changed && (!this.checked || this.hold.lockedOut());
		}

	}

}
