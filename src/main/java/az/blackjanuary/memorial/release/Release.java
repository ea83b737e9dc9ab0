package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.Translated;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import az.blackjanuary.memorial.system.LanguageColumn;

/**
 * An anniversary release. It is a draft while it has no publication time, scheduled while
 * that time lies ahead and public once it has passed, but never before the day it
 * commemorates: a release published early for the next anniversary waits for its day.
 */
@Entity
@Table(name = "anniversary_release")
class Release {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(name = "commemorated_on", nullable = false)
	private LocalDate commemoratedOn;

	@Column(name = "published_at")
	private Instant publishedAt;

	/**
	 * When the release went public for the first time, or will: a scheduled time counts
	 * only once it has passed. From then on its slug never changes.
	 */
	@Column(name = "first_published_at")
	private Instant firstPublishedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * Whether the site has yet to record in the audit log that the scheduled publication
	 * took place; only ever written by {@link ReleaseRepository#markPublicationPending}
	 * and {@link ReleaseRepository#claimPublication}.
	 */
	@Column(name = "publication_pending", insertable = false, updatable = false)
	private boolean publicationPending;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The picture shown with the release, an image of the image feature. */
	@Column(name = "image_id")
	private Long imageId;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "release_text", joinColumns = @JoinColumn(name = "release_id"))
	@MapKeyColumn(name = "lang")
	@Convert(converter = LanguageColumn.class, attributeName = "key")
	private Map<Language, ReleaseText> texts = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "release_figure", joinColumns = @JoinColumn(name = "release_id"))
	@MapKeyColumn(name = "kind")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "figure")
	private Map<FigureKind, Integer> figures = new EnumMap<>(FigureKind.class);

	protected Release() {
	}

	Release(String slug, LocalDate commemoratedOn, Instant createdAt) {
		this.slug = slug;
		this.commemoratedOn = commemoratedOn;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	Long id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	LocalDate commemoratedOn() {
		return this.commemoratedOn;
	}

	/**
	 * When visitors could first read it: what a feed or a page gives as its publication.
	 */
	Instant firstPublishedAt() {
		return this.firstPublishedAt;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	Map<FigureKind, Integer> figures() {
		return this.figures;
	}

	long version() {
		return this.version;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Map<Language, ReleaseText> texts() {
		return this.texts;
	}

	Long imageId() {
		return this.imageId;
	}

	void illustrate(Long imageId) {
		this.imageId = imageId;
	}

	/**
	 * Whether visitors have ever been able to see the release, so that its address must
	 * stay.
	 */
	boolean hasBeenPublic(Instant now) {
		return this.firstPublishedAt != null && !this.firstPublishedAt.isAfter(now);
	}

	/** Whether the release is public now. */
	boolean isPublic(Instant now) {
		return this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	/**
	 * When visitors can read the release: its publication time, or the start of the day
	 * it commemorates (on the site's calendar) when that comes later; null for a draft.
	 */
	Instant visibleFrom(ZoneId zone) {
		return notBeforeItsDay(this.publishedAt, zone);
	}

	/**
	 * When visitors could first read it, or will: what a page, a feed or a citation gives
	 * as its publication.
	 */
	Instant firstVisibleAt(ZoneId zone) {
		return notBeforeItsDay(this.firstPublishedAt, zone);
	}

	private Instant notBeforeItsDay(Instant time, ZoneId zone) {
		if (time == null) {
			return null;
		}
		Instant dayBegins = this.commemoratedOn.atStartOfDay(zone).toInstant();
		return time.isBefore(dayBegins) ? dayBegins : time;
	}

	void write(Language language, ReleaseText text) {
		this.texts.put(language, text);
	}

	void erase(Language language) {
		this.texts.remove(language);
	}

	void state(FigureKind kind, int figure) {
		this.figures.put(kind, figure);
	}

	void unstate(FigureKind kind) {
		this.figures.remove(kind);
	}

	void commemorate(LocalDate commemoratedOn) {
		this.commemoratedOn = commemoratedOn;
	}

	/**
	 * Renames the release; only a release that has never been public can change its
	 * address.
	 */
	void moveTo(String slug, Instant now) {
		if (hasBeenPublic(now)) {
			throw new IllegalStateException("The slug of a published release is stable");
		}
		this.slug = slug;
	}

	/** Publishes at the given time: now, or later, when the release appears by itself. */
	void publishAt(Instant publishedAt, Instant now) {
		this.publishedAt = publishedAt;
		if (!hasBeenPublic(now)) {
			this.firstPublishedAt = publishedAt;
		}
	}

	/**
	 * Takes the release off the site, or calls off its schedule before anyone has seen
	 * it.
	 */
	void unpublish(Instant now) {
		this.publishedAt = null;
		if (!hasBeenPublic(now)) {
			this.firstPublishedAt = null;
		}
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/** The text in the wanted language, else in the first language it was written in. */
	Optional<Translated<ReleaseText>> textFor(Language wanted) {
		return Translated.pick(this.texts, wanted);
	}

}
