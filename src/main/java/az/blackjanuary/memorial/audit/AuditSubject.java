package az.blackjanuary.memorial.audit;

import java.time.LocalDate;

/**
 * What an audit entry concerns: a kind, named in the reader's language when the log is
 * read, and the name of the entry itself (a slug, a username, a number).
 */
public record AuditSubject(Kind kind, String name) {

	public enum Kind {

		RELEASE, EVENT, ACCOUNT, TRIBUTE, IMAGE, PERSON

	}

	public static AuditSubject release(String slug) {
		return new AuditSubject(Kind.RELEASE, slug);
	}

	public static AuditSubject event(long id, LocalDate startsOn) {
		return new AuditSubject(Kind.EVENT, id + " (" + startsOn + ")");
	}

	public static AuditSubject account(String username) {
		return new AuditSubject(Kind.ACCOUNT, username);
	}

	public static AuditSubject image(long id) {
		return new AuditSubject(Kind.IMAGE, String.valueOf(id));
	}

	/** An entry of the register, by its stable identifier. */
	public static AuditSubject person(String reference) {
		return new AuditSubject(Kind.PERSON, reference);
	}

	public static AuditSubject tribute(long id) {
		return new AuditSubject(Kind.TRIBUTE, String.valueOf(id));
	}

}
