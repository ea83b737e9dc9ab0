package az.blackjanuary.memorial.admin;

import az.blackjanuary.memorial.audit.AuditDetail;

/** What an editor may do: an ADMIN everything, a MODERATOR only the tribute queue. */
public enum AccountRole {

	ADMIN(AuditDetail.ROLE_ADMIN), MODERATOR(AuditDetail.ROLE_MODERATOR);

	private final AuditDetail audited;

	AccountRole(AuditDetail audited) {
		this.audited = audited;
	}

	/** How the audit log names this role when an account is given it. */
	AuditDetail audited() {
		return this.audited;
	}

}
