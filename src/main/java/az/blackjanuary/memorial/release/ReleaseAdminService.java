package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditDetail;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, scheduling and publishing releases; every change goes to the audit log with
 * it.
 */
@Service
@Transactional
class ReleaseAdminService {

	private final ReleaseRepository releases;

	private final MarkdownRenderer markdown;

	private final ScheduledPublications publications;

	private final List<ReleaseCitations> citations;

	private final AuditLog audit;

	private final AnniversaryCalculator anniversaries;

	private final Clock clock;

	ReleaseAdminService(ReleaseRepository releases, MarkdownRenderer markdown, ScheduledPublications publications,
			List<ReleaseCitations> citations, AuditLog audit, AnniversaryCalculator anniversaries, Clock clock) {
		this.releases = releases;
		this.citations = citations;
		this.markdown = markdown;
		this.publications = publications;
		this.audit = audit;
		this.anniversaries = anniversaries;
		this.clock = clock;
	}

	/** An empty form for the anniversary an editor usually starts: next January's. */
	ReleaseForm newForm() {
		return ReleaseForm.empty(this.anniversaries.dayForANewRelease());
	}

	@Transactional(readOnly = true)
	List<ReleaseRow> all() {
		return this.releases.findAll(Sort.by(Sort.Order.desc("commemoratedOn"), Sort.Order.desc("id")))
			.stream()
			.map(this::row)
			.toList();
	}

	@Transactional(readOnly = true)
	ReleaseForm form(long id) {
		return ReleaseForm.of(find(id));
	}

	@Transactional(readOnly = true)
	ReleaseRow row(long id) {
		return row(find(id));
	}

	/** The bodies as visitors would see them, without saving anything. */
	Map<Language, String> preview(ReleaseForm form) {
		Map<Language, String> previews = new EnumMap<>(Language.class);
		form.written()
			.forEach((language, text) -> previews.put(language, this.markdown.toSafeHtml(text.bodyMarkdown())));
		return previews;
	}

	/** Saves a new release as a draft. */
	long create(ReleaseForm form) {
		Release release = new Release(uniqueSlug(form, null), form.date(), this.clock.instant());
		apply(form, release);
		this.releases.save(release);
		this.audit.record(AuditAction.RELEASE_CREATED, subject(release));
		return release.id();
	}

	void update(long id, ReleaseForm form) {
		Release release = find(id);
		if (form.version() == null || form.version() != release.version()) {
			throw new ReleaseConflictException();
		}
		apply(form, release);
		if (!release.hasBeenPublic(this.clock.instant())) {
			release.moveTo(uniqueSlug(form, release.id()), this.clock.instant());
		}
		release.touch(this.clock.instant());
		this.releases.flush();
		this.audit.record(AuditAction.RELEASE_EDITED, subject(release));
	}

	void publishNow(long id) {
		// A publication that came by itself first is recorded before what the editor does
		// now.
		this.publications.recordDue();
		Release release = find(id);
		release.publishAt(this.clock.instant(), this.clock.instant());
		this.releases.markPublicationPending(id, false);
		this.audit.record(AuditAction.RELEASE_PUBLISHED, subject(release));
	}

	/**
	 * Schedules a release that is not public for a later time. A time already past would
	 * publish it backdated, and a public release would silently vanish until then: both
	 * are refused, and false is returned.
	 */
	boolean schedule(long id, Instant publishAt) {
		this.publications.recordDue();
		Release release = find(id);
		Instant now = this.clock.instant();
		if (!publishAt.isAfter(now) || release.isPublic(now)) {
			return false;
		}
		release.publishAt(publishAt, now);
		this.releases.markPublicationPending(id, true);
		this.audit.record(AuditAction.RELEASE_SCHEDULED, subject(release), AuditDetail.SCHEDULED_FOR, publishAt);
		return true;
	}

	/**
	 * Takes a public release off the site, or calls off the schedule of one that is not
	 * public yet, which leaves a draft.
	 * @return whether it was a schedule called off
	 */
	boolean unpublish(long id) {
		this.publications.recordDue();
		Release release = find(id);
		boolean scheduled = !release.isPublic(this.clock.instant());
		release.unpublish(this.clock.instant());
		this.releases.markPublicationPending(id, false);
		this.audit.record(scheduled ? AuditAction.RELEASE_SCHEDULE_CALLED_OFF : AuditAction.RELEASE_UNPUBLISHED,
				subject(release));
		return scheduled;
	}

	/**
	 * Only a release that has never been public can be deleted: a published one keeps its
	 * address. Nor one that a timeline event cites as its source: the event would lose
	 * it. Returns why not, as a message key, when it is not deleted.
	 */
	Optional<String> deleteDraft(long id) {
		Release release = find(id);
		Optional<String> refusal = deletionRefusal(release);
		if (refusal.isPresent()) {
			return refusal;
		}
		this.releases.delete(release);
		this.audit.record(AuditAction.RELEASE_DELETED, subject(release));
		return Optional.empty();
	}

	/**
	 * Why the release cannot be deleted, as a message key, if it cannot: asked before the
	 * editor confirms.
	 */
	@Transactional(readOnly = true)
	Optional<String> deletionRefusal(long id) {
		return deletionRefusal(find(id));
	}

	private Optional<String> deletionRefusal(Release release) {
		if (release.hasBeenPublic(this.clock.instant())) {
			return Optional.of("admin.release.notice.not-deleted");
		}
		if (this.citations.stream().anyMatch((sources) -> sources.isCited(release.id()))) {
			return Optional.of("admin.release.notice.cited");
		}
		return Optional.empty();
	}

	private void apply(ReleaseForm form, Release release) {
		release.commemorate(form.date());
		release.illustrate(form.imageId());
		Map<Language, ReleaseText> texts = form.written();
		for (Language language : Language.values()) {
			if (texts.containsKey(language)) {
				release.write(language, texts.get(language).rendered(this.markdown));
			}
			else {
				release.erase(language);
			}
		}
		Map<FigureKind, Integer> figures = form.figures();
		for (FigureKind kind : FigureKind.values()) {
			if (figures.containsKey(kind)) {
				release.state(kind, figures.get(kind));
			}
			else {
				release.unstate(kind);
			}
		}
	}

	/** The slug from year and title, numbered when another release already has it. */
	private String uniqueSlug(ReleaseForm form, Long self) {
		String base = SlugMaker.slug(form.date().getYear(), form.slugTitle());
		String candidate = base;
		for (int n = 2; taken(candidate, self); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private boolean taken(String slug, Long self) {
		return this.releases.findBySlug(slug).filter((other) -> !other.id().equals(self)).isPresent();
	}

	private ReleaseRow row(Release release) {
		String title = release.textFor(Language.DEFAULT).map((text) -> text.content().title()).orElse(release.slug());
		Instant now = this.clock.instant();
		Instant visibleFrom = release.visibleFrom(this.clock.getZone());
		ReleaseRow.ReleaseState state = ReleaseRow.ReleaseState.of(visibleFrom, now);
		// What the schedule field shows: the time it is scheduled for, as the editor
		// typed it.
		LocalDateTime scheduledFor = (state == ReleaseRow.ReleaseState.SCHEDULED)
				? LocalDateTime.ofInstant(visibleFrom, this.clock.getZone()).truncatedTo(ChronoUnit.MINUTES) : null;
		return new ReleaseRow(release.id(), release.slug(), title, release.commemoratedOn(), state, visibleFrom,
				release.updatedAt(), release.hasBeenPublic(now), scheduledFor);
	}

	private Release find(long id) {
		return this.releases.findById(id).orElseThrow(() -> new NotFoundException("No release " + id));
	}

	private static AuditSubject subject(Release release) {
		return AuditSubject.release(release.slug());
	}

}
