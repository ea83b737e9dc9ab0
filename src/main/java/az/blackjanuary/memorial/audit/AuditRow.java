package az.blackjanuary.memorial.audit;

import java.time.ZonedDateTime;

/**
 * An audit entry as the log page shows it, worded in the reader's language, its time on
 * the site's clock.
 *
 * @param clientAddress where a sign-in or password check came from, else null
 */
record AuditRow(ZonedDateTime occurredAt, String actor, boolean bySystem, AuditAction action, String subject,
		String detail, String clientAddress) {
}
