package az.blackjanuary.memorial.tribute;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One visitor's report of one tribute; a visitor counts once per tribute. */
@Entity
@Table(name = "tribute_report")
class TributeReport {

	@EmbeddedId
	private Key key;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	/** Null for reports made before visitors were asked why. */
	@Enumerated(EnumType.STRING)
	@Column
	private ReportReason reason;

	protected TributeReport() {
	}

	TributeReport(long tributeId, String clientHash, ReportReason reason, Instant reportedAt) {
		this.key = new Key(tributeId, clientHash);
		this.reason = reason;
		this.reportedAt = reportedAt;
	}

	@Embeddable
	record Key(@Column(name = "tribute_id") Long tributeId,
			@Column(name = "client_hash") String clientHash) implements Serializable {
	}

}
