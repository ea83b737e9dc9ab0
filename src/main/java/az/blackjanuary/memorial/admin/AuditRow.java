package az.blackjanuary.memorial.admin;

import java.time.ZonedDateTime;

/** An audit entry as the log page shows it, its time on Baku's clock. */
record AuditRow(ZonedDateTime occurredAt, String actor, AuditAction action, String subject, String detail) {
}
