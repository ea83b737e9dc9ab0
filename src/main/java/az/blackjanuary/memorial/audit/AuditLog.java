package az.blackjanuary.memorial.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what editors do, and what the site does by itself. An entry joins the change it
 * describes: both are kept, or neither. Details are codes with parameters (an
 * {@link java.time.Instant} among them is kept as such), so that each reader reads them
 * in their own language.
 */
@Service
public class AuditLog {

	static final String SYSTEM = "system";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Whether an editor (or the site, on a schedule) has ever changed the content. */
	@Transactional(readOnly = true)
	public boolean recordsAnyChange() {
		return this.entries.existsByActionNotIn(AuditAction.CHANGING_NOTHING);
	}

	/** Records an action of the editor signed in now. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, AuditSubject subject) {
		record(action, subject, null);
	}

	/** Records an action of the editor signed in now, with what it adds to its action. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, AuditSubject subject, AuditDetail detail, Object... args) {
		Authentication editor = SecurityContextHolder.getContext().getAuthentication();
		if (editor == null) {
			recordBySystem(action, subject, detail, args);
			return;
		}
		save(editor.getName(), false, action, subject, detail, null, args);
	}

	/**
	 * Records what the site did by itself, with nobody signed in: a scheduled
	 * publication.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordBySystem(AuditAction action, AuditSubject subject, AuditDetail detail, Object... args) {
		save(SYSTEM, true, action, subject, detail, null, args);
	}

	/**
	 * Records a sign-in or a password check in the name typed, with the client it came
	 * from.
	 */
	@Transactional
	public void recordAttempt(String actor, String client, AuditAction action, AuditDetail detail, Object... args) {
		save(actor, false, action, null, detail, client, args);
	}

	private void save(String actor, boolean bySystem, AuditAction action, AuditSubject subject, AuditDetail detail,
			String client, Object... args) {
		AuditSubject clipped = (subject != null)
				? new AuditSubject(subject.kind(), clip(subject.name(), AuditEntry.SUBJECT_LENGTH)) : null;
		this.entries.save(new AuditEntry(this.clock.instant(), clip(actor, AuditEntry.ACTOR_LENGTH), bySystem, action,
				clipped, detail, arguments(args), clip(client, AuditEntry.CLIENT_LENGTH)));
	}

	private static String arguments(Object... args) {
		if (args == null || args.length == 0) {
			return null;
		}
		String joined = Arrays.stream(args)
			.map((arg) -> String.valueOf(arg).replace(AuditEntry.ARGUMENT_SEPARATOR, " "))
			.collect(Collectors.joining(AuditEntry.ARGUMENT_SEPARATOR));
		return clip(joined, AuditEntry.ARGUMENTS_LENGTH);
	}

	private static String clip(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
