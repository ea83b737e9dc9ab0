package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import az.blackjanuary.memorial.system.Digests;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A message a visitor left on the wall. It waits for moderation before anyone sees it.
 */
@Entity
@Table(name = "tribute")
@EntityListeners(TributeWordsListener.class)
class Tribute {

	/**
	 * The longest name or place, in characters as people see them (an emoji counts once):
	 * the columns hold four bytes for each, enough for any character on any database.
	 */
	static final int NAME_MAX = 80;

	/** The longest message, in characters as people see them; the column is TEXT. */
	static final int MESSAGE_MAX = 1000;

	/** The longest reason a moderator may give for a rejection: a sentence or two. */
	static final int REJECTION_REASON_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Empty when the author chose to stay anonymous. */
	@Column(name = "author_name", length = 4 * NAME_MAX)
	private String authorName;

	@Column(length = 4 * NAME_MAX)
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

	/** A salted hash of the sender's address, erased after a while. */
	@Column(name = "client_hash")
	private String clientHash;

	/**
	 * A digest of the message, kept beside the sender's address hash so that a repeat is
	 * one index lookup.
	 */
	@Column(name = "message_digest")
	private String messageDigest;

	@Enumerated(EnumType.STRING)
	@Column
	private TributeFlag flag;

	@Column(name = "report_count", nullable = false)
	private int reportCount;

	/**
	 * The hash of the key in the author's private link; the key itself is never stored.
	 * The key is made from the one-time key of the form, so a second post of one form has
	 * the same hash: it is the same tribute.
	 */
	@Column(name = "author_key_hash", unique = true)
	private String authorKeyHash;

	/**
	 * The hash of an API client's Idempotency-Key with its sender: the key stands for
	 * this tribute only.
	 */
	@Column(name = "request_key_hash", unique = true)
	private String requestKeyHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "name_shown", nullable = false)
	private NameShown nameShown = NameShown.FULL;

	@Column(name = "edited_at")
	private Instant editedAt;

	/** The person of the register it is left in memory of, if its author named one. */
	@Column(name = "remembered_person_id")
	private Long rememberedPersonId;

	/** Why a moderator rejected it, if they said: for the moderators only. */
	@Column(name = "rejection_reason", length = REJECTION_REASON_MAX)
	private String rejectionReason;

	/**
	 * What the wall's search reads: the words, the place and the name signed in full,
	 * folded ({@link SearchText}); kept up to date with them.
	 */
	@Column(name = "search_text")
	private String searchText;

	/**
	 * The search text the word index holds for this tribute (on H2), to take its words
	 * out when it changes: see {@link TributeWordsListener}.
	 */
	@Transient
	private String indexedSearchText;

	/**
	 * Author, moderators and reporters may change a tribute at one moment: none
	 * overwrites another.
	 */
	@Version
	private long version;

	/** The same message from the same sender within this time is stored once. */
	static final Duration REPEAT_WINDOW = Duration.ofDays(1);

	protected Tribute() {
	}

	/**
	 * Databases keep microseconds; so does a tribute's time, so that cursors match
	 * exactly.
	 */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	Tribute(String authorName, String place, String message, Language language, Instant createdAt) {
		this.authorName = authorName;
		this.place = place;
		this.message = message;
		this.language = language;
		this.status = TributeStatus.PENDING;
		this.createdAt = createdAt;
		searchable();
	}

	/**
	 * Where it came from: the salted hash of the sender's address, the hash of the key to
	 * the author's private link (made from the form's one-time key, so it stands for the
	 * form), and, from the API, the hash of the Idempotency-Key with its sender. Any may
	 * be missing.
	 */
	void sentWith(String clientHash, String authorKeyHash, String requestKeyHash) {
		this.clientHash = clientHash;
		this.authorKeyHash = authorKeyHash;
		this.requestKeyHash = requestKeyHash;
		this.messageDigest = (clientHash != null) ? Digests.sha256(this.message) : null;
	}

	void showName(NameShown nameShown) {
		this.nameShown = nameShown;
		searchable();
	}

	/** Whatever changed of the words, the place or the name, the search reads it. */
	private void searchable() {
		this.searchText = SearchText.of(this.message, this.place, this.authorName, this.nameShown);
	}

	/**
	 * The author's change: it is read again by a moderator before it returns to the wall.
	 */
	void rewrite(String authorName, String place, String message, NameShown nameShown, TributeFlag flag, Instant now) {
		this.authorName = authorName;
		this.place = place;
		this.message = message;
		this.messageDigest = (this.clientHash != null) ? Digests.sha256(message) : null;
		this.nameShown = nameShown;
		this.flag = flag;
		this.status = TributeStatus.PENDING;
		this.moderatedAt = null;
		this.editedAt = now;
		searchable();
	}

	/**
	 * The author's removal: the words and everything that points at the sender are
	 * erased.
	 */
	void removeByAuthor(Instant now) {
		this.authorName = null;
		this.place = null;
		this.message = "";
		this.clientHash = null;
		this.messageDigest = null;
		this.flag = null;
		this.reportCount = 0;
		this.rejectionReason = null;
		this.status = TributeStatus.DELETED;
		this.editedAt = now;
		searchable();
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
		this.rejectionReason = null;
		// A moderator has looked: earlier reports are answered.
		this.reportCount = 0;
		if (this.flag == TributeFlag.REPORTED) {
			this.flag = null;
		}
	}

	/**
	 * Counts one more visitor's report; at the threshold the tribute leaves the wall for
	 * review.
	 */
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

	/** Rejects it, with the moderator's reason if they gave one. */
	void reject(Instant now, String reason) {
		this.status = TributeStatus.REJECTED;
		this.moderatedAt = now;
		this.rejectionReason = reason;
	}

	String rejectionReason() {
		return this.rejectionReason;
	}

	/**
	 * Whether its author changed it after a moderator last decided on it: a moderator's
	 * decision clears the mark.
	 */
	boolean changedSinceModerated() {
		return this.editedAt != null && (this.moderatedAt == null || this.moderatedAt.isBefore(this.editedAt));
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

	String messageDigest() {
		return this.messageDigest;
	}

	String authorKeyHash() {
		return this.authorKeyHash;
	}

	String clientHash() {
		return this.clientHash;
	}

	/**
	 * The same words as {@code other} from the same sender, within a day before this one.
	 */
	boolean repeats(SentMessage other) {
		return this.clientHash != null && this.clientHash.equals(other.clientHash())
				&& this.messageDigest.equals(other.messageDigest()) && this.message.equals(other.message())
				&& other.createdAt().isAfter(this.createdAt.minus(REPEAT_WINDOW));
	}

	SentMessage asSent() {
		return new SentMessage(this.clientHash, this.messageDigest, this.message, this.createdAt);
	}

	NameShown nameShown() {
		return this.nameShown;
	}

	Instant moderatedAt() {
		return this.moderatedAt;
	}

	Instant editedAt() {
		return this.editedAt;
	}

	Long rememberedPersonId() {
		return this.rememberedPersonId;
	}

	void remember(Long personId) {
		this.rememberedPersonId = personId;
	}

	String searchText() {
		return this.searchText;
	}

	String indexedSearchText() {
		return this.indexedSearchText;
	}

	void indexed(String searchText) {
		this.indexedSearchText = searchText;
	}

}
