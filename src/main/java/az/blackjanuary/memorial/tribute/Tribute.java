package az.blackjanuary.memorial.tribute;

import java.time.Instant;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message a visitor left on the wall. It waits for moderation before anyone sees it. */
@Entity
@Table(name = "tribute")
class Tribute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Empty when the author chose to stay anonymous. */
	@Column(name = "author_name")
	private String authorName;

	@Column
	private String place;

	@Column(nullable = false)
	private String message;

	@Column(name = "lang", nullable = false)
	@Convert(converter = LanguageColumn.class)
	private Language language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TributeStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "moderated_at")
	private Instant moderatedAt;

	/** The one-time key of the form it was sent with; a second post with the same key is the same tribute. */
	@Column(name = "submission_key", unique = true)
	private String submissionKey;

	/** A salted hash of the sender's address, erased after a while. */
	@Column(name = "client_hash")
	private String clientHash;

	@Enumerated(EnumType.STRING)
	@Column
	private TributeFlag flag;

	@Column(name = "report_count", nullable = false)
	private int reportCount;

	protected Tribute() {
	}

	Tribute(String authorName, String place, String message, Language language, Instant createdAt) {
		this.authorName = authorName;
		this.place = place;
		this.message = message;
		this.language = language;
		this.status = TributeStatus.PENDING;
		this.createdAt = createdAt;
	}

	void sentWith(String submissionKey, String clientHash) {
		this.submissionKey = submissionKey;
		this.clientHash = clientHash;
	}

	void flag(TributeFlag flag) {
		this.flag = flag;
	}

	TributeFlag flag() {
		return this.flag;
	}

	void approve(Instant now) {
		this.status = TributeStatus.APPROVED;
		this.moderatedAt = now;
		// A moderator has looked: earlier reports are answered.
		this.reportCount = 0;
		if (this.flag == TributeFlag.REPORTED) {
			this.flag = null;
		}
	}

	/** Counts one more visitor's report; at the threshold the tribute leaves the wall for review. */
	void reported(int reportsToHide) {
		this.reportCount++;
		if (this.status == TributeStatus.APPROVED && this.reportCount >= reportsToHide) {
			this.status = TributeStatus.PENDING;
			this.flag = TributeFlag.REPORTED;
		}
	}

	int reportCount() {
		return this.reportCount;
	}

	void reject(Instant now) {
		this.status = TributeStatus.REJECTED;
		this.moderatedAt = now;
	}

	Long id() {
		return this.id;
	}

	String authorName() {
		return this.authorName;
	}

	String place() {
		return this.place;
	}

	String message() {
		return this.message;
	}

	Language language() {
		return this.language;
	}

	TributeStatus status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
