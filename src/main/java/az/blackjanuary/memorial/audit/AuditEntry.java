package az.blackjanuary.memorial.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who did what to which entry, and when. Never changed once
 * written. The kind of entry and the detail are codes, worded in the reader's language
 * when read; they are kept as text so that a code this version does not know still reads.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	/**
	 * Parameters never contain a line break: addresses, names of entries, ISO instants.
	 */
	static final String ARGUMENT_SEPARATOR = "\n";

	/**
	 * The columns' sizes: the log clips longer texts to them rather than lose the entry.
	 */
	static final int ACTOR_LENGTH = 60;

	static final int SUBJECT_LENGTH = 200;

	static final int ARGUMENTS_LENGTH = 500;

	static final int CLIENT_LENGTH = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = ACTOR_LENGTH)
	private String actor;

	@Column(name = "by_system", nullable = false)
	private boolean bySystem;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditAction action;

	@Column(name = "subject_kind")
	private String subjectKind;

	@Column(length = SUBJECT_LENGTH)
	private String subject;

	@Column(name = "detail_code")
	private String detailCode;

	@Column(name = "detail_args", length = ARGUMENTS_LENGTH)
	private String detailArgs;

	/** Free text of entries written before details were codes. */
	@Column
	private String detail;

	@Column(name = "client_address", length = CLIENT_LENGTH)
	private String clientAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, boolean bySystem, AuditAction action, AuditSubject subject,
			AuditDetail detail, String detailArgs, String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.bySystem = bySystem;
		this.action = action;
		this.subjectKind = (subject != null) ? subject.kind().name() : null;
		this.subject = (subject != null) ? subject.name() : null;
		this.detailCode = (detail != null) ? detail.name() : null;
		this.detailArgs = detailArgs;
		this.clientAddress = clientAddress;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	String actor() {
		return this.actor;
	}

	boolean bySystem() {
		return this.bySystem;
	}

	AuditAction action() {
		return this.action;
	}

	String subjectKind() {
		return this.subjectKind;
	}

	String subject() {
		return this.subject;
	}

	String detailCode() {
		return this.detailCode;
	}

	List<String> detailArgs() {
		return (this.detailArgs != null) ? Arrays.asList(this.detailArgs.split(ARGUMENT_SEPARATOR, -1)) : List.of();
	}

	String detail() {
		return this.detail;
	}

	String clientAddress() {
		return this.clientAddress;
	}

}
