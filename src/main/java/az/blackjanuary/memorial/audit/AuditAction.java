package az.blackjanuary.memorial.audit;

import java.util.EnumSet;
import java.util.Set;

/** What an editor did, or the site itself, as the audit log names it. */
public enum AuditAction {

	SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT,

	/** Sign-ins of one name from one client held after too many failures. */
	CLIENT_LOCKED_OUT,

	/**
	 * Only in entries written before the lock applied to clients rather than to accounts.
	 */
	ACCOUNT_LOCKED,

	RELEASE_CREATED, RELEASE_EDITED, RELEASE_PUBLISHED, RELEASE_SCHEDULED, RELEASE_UNPUBLISHED, RELEASE_DELETED,

	RELEASE_SCHEDULE_CALLED_OFF,

	/** By the site itself: a scheduled release whose time has come. */
	RELEASE_PUBLISHED_ON_SCHEDULE,

	EVENT_CREATED, EVENT_EDITED, EVENT_MOVED, EVENT_HIDDEN, EVENT_SHOWN,

	TRIBUTE_APPROVED, TRIBUTE_REJECTED,

	IMAGE_UPLOADED, IMAGE_EDITED,

	PERSON_CREATED, PERSON_EDITED, PERSON_PUBLISHED, PERSON_HIDDEN,

	/** An entry of the register created, or changed, by a CSV import. */
	PERSON_IMPORTED, PERSON_CHANGED_BY_IMPORT,

	USER_CREATED, USER_PASSWORD_RESET, USER_DISABLED, USER_ENABLED, PASSWORD_CHANGED,

	/** A wrong current password on the password page. */
	PASSWORD_CHECK_FAILED,

	/** All content downloaded as one document, or taken from one into an empty site. */
	CONTENT_EXPORTED, CONTENT_IMPORTED;

	/**
	 * What leaves the content as it was: only these may be in the log of a site still
	 * empty.
	 */
	static final Set<AuditAction> CHANGING_NOTHING = EnumSet.of(SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT,
			CLIENT_LOCKED_OUT, ACCOUNT_LOCKED, PASSWORD_CHANGED, PASSWORD_CHECK_FAILED, CONTENT_EXPORTED);

}
