package az.blackjanuary.memorial.audit;

/**
 * What an audit entry adds to its action, as a code: the log page words it in the
 * reader's language ({@code admin.audit.detail.<code>}), with the entry's parameters
 * filled in.
 */
public enum AuditDetail {

	/**
	 * A failed sign-in or password check: the password did not match, or there is no such
	 * name.
	 */
	WRONG_PASSWORD,

	/** The right password for a disabled account. */
	ACCOUNT_DISABLED,

	/**
	 * Refused without looking at the password: the client must wait after its failures.
	 */
	HELD,

	/** Sign-ins of a name from a client are held until {0}. */
	HELD_UNTIL,

	/** A release scheduled for {0}. */
	SCHEDULED_FOR,

	MOVED_UP, MOVED_DOWN,

	ROLE_ADMIN, ROLE_MODERATOR,

	/**
	 * Only in entries written before the lock applied to clients rather than to accounts.
	 */
	ACCOUNT_WAS_LOCKED,

	/** Only in entries written before failures were told apart. */
	SIGN_IN_FAILED

}
