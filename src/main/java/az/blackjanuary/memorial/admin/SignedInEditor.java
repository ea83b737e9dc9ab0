package az.blackjanuary.memorial.admin;

import az.blackjanuary.memorial.system.Digests;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * The editor a session was opened for, with a stamp of the password it was opened with.
 * The stamp is a digest of the password's hash, so that the session does not carry the
 * hash, and it stays when Spring Security erases the credentials after sign-in.
 */
class SignedInEditor extends User {

	/**
	 * Sessions are stored in the database: a new version of this class still reads them.
	 */
	private static final long serialVersionUID = 1L;

	private final String passwordStamp;

	SignedInEditor(AdminAccount account) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
				AuthorityUtils.createAuthorityList("ROLE_" + account.role().name()));
		this.passwordStamp = Digests.sha256(account.passwordHash());
	}

	/**
	 * Whether the account still lets this session go on: enabled, and with the same
	 * password.
	 */
	boolean stillValidFor(AdminAccount account) {
		return account.enabled() && this.passwordStamp.equals(Digests.sha256(account.passwordHash()));
	}

}
