package az.blackjanuary.memorial.admin;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Every sign-out goes to the audit log, like every sign-in ({@link SignInGuard}). */
@Component
class SignOuts {

	private final AuditLog audit;

	SignOuts(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.audit.recordAttempt(event.getAuthentication().getName(), null, AuditAction.SIGNED_OUT, null);
	}

}
