package az.blackjanuary.memorial.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes what editors do. An entry joins the change it describes: both are kept, or neither. */
@Service
public class AuditLog {

	private static final int MAX_TEXT = 200;

	private static final DateTimeFormatter DETAIL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records an action of the editor signed in now. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String subject, String detail) {
		Authentication editor = SecurityContextHolder.getContext().getAuthentication();
		record(editor != null ? editor.getName() : "system", action, subject, detail);
	}

	/** Records an action in the name of the given editor: sign-ins, when nobody is signed in yet. */
	@Transactional
	public void record(String actor, AuditAction action, String subject, String detail) {
		this.entries.save(new AuditEntry(this.clock.instant(), clip(actor, 60), action, clip(subject, MAX_TEXT),
				clip(detail, 500)));
	}

	/** A time as an entry's detail gives it: on the site's clock, the one editors read and enter times in. */
	public String timeOf(Instant instant) {
		return DETAIL_TIME.withZone(this.clock.getZone()).format(instant) + " (" + this.clock.getZone().getId() + ")";
	}

	private static String clip(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
