package az.blackjanuary.memorial.admin;

import java.time.Clock;
import java.util.List;

import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage accounts; every editor can change their own password. All audited. */
@Service
@Transactional
class AccountService {

	private final AdminAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	AccountService(AdminAccountRepository accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AccountRow> all() {
		return this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.map((account) -> new AccountRow(account.id(), account.username(), account.role(), account.enabled(),
					account.isLockedAt(this.clock.instant())))
			.toList();
	}

	@Transactional(readOnly = true)
	boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	void create(AccountForms.NewAccount form) {
		this.accounts.save(new AdminAccount(form.username(), this.passwords.encode(form.password()), form.role(),
				this.clock.instant()));
		this.audit.record(AuditAction.USER_CREATED, "account " + form.username(), form.role().name());
	}

	/**
	 * A reset also lifts a lock: the administrator vouches for the person. Administrators set
	 * their own password on its own page, with the current one: false when they try it here.
	 */
	boolean resetPassword(long id, String password, String byWhom) {
		AdminAccount account = find(id);
		if (account.username().equals(byWhom)) {
			return false;
		}
		account.changePassword(this.passwords.encode(password));
		account.signedIn();
		this.audit.record(AuditAction.USER_PASSWORD_RESET, "account " + account.username(), null);
		return true;
	}

	/** Enables or disables an account; false when administrators try to disable their own. */
	boolean enable(long id, boolean enabled, String byWhom) {
		AdminAccount account = find(id);
		if (!enabled && account.username().equals(byWhom)) {
			return false;
		}
		account.enable(enabled);
		this.audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
				"account " + account.username(), null);
		return true;
	}

	/** Changes the signed-in editor's own password, if they know the current one. */
	boolean changeOwnPassword(String username, String current, String password) {
		AdminAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("No account " + username));
		if (current == null || !this.passwords.matches(current, account.passwordHash())) {
			return false;
		}
		account.changePassword(this.passwords.encode(password));
		this.audit.record(AuditAction.PASSWORD_CHANGED, "account " + username, null);
		return true;
	}

	private AdminAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("No account " + id));
	}

}
