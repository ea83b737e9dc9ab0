package az.blackjanuary.memorial.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditDetail;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the timeline: add, edit, reorder, hide and show events, each change audited.
 */
@Service
@Transactional
class TimelineAdminService {

	private static final int GAP = 10;

	private final TimelineEventRepository events;

	private final EventDateFormatter dates;

	private final AuditLog audit;

	TimelineAdminService(TimelineEventRepository events, EventDateFormatter dates, AuditLog audit) {
		this.events = events;
		this.dates = dates;
		this.audit = audit;
	}

	/** Every event, hidden ones too, in the order visitors see them. */
	@Transactional(readOnly = true)
	List<TimelineRow> all(Locale locale) {
		return this.events.findAllByOrderBySortOrderAscStartsOnAsc()
			.stream()
			.map((event) -> new TimelineRow(event.id(),
					this.dates.format(event.startsOn(), event.endsOn(), event.precision(), locale),
					event.textFor(Language.of(locale)).map((text) -> text.content().title()).orElse("—"),
					event.hidden()))
			.toList();
	}

	@Transactional(readOnly = true)
	TimelineEventForm form(long id) {
		return TimelineEventForm.of(find(id));
	}

	/**
	 * Adds an event where its date puts it: after the last event that starts no later, so
	 * that an editor only moves events whose order the dates do not tell.
	 */
	long create(TimelineEventForm form) {
		List<TimelineEvent> ordered = new ArrayList<>(this.events.findAllByOrderBySortOrderAscStartsOnAsc());
		int place = 0;
		for (int i = 0; i < ordered.size(); i++) {
			if (!ordered.get(i).startsOn().isAfter(form.firstDay())) {
				place = i + 1;
			}
		}
		TimelineEvent event = new TimelineEvent(form.firstDay(), form.lastDay(), form.precision(), 0);
		ordered.add(place, event);
		renumber(ordered);
		apply(form, event);
		this.events.save(event);
		this.audit.record(AuditAction.EVENT_CREATED, subject(event));
		return event.id();
	}

	/** Saves an edit unless someone else saved the event since the editor opened it. */
	boolean update(long id, TimelineEventForm form) {
		TimelineEvent event = find(id);
		if (form.version() == null || form.version() != event.version()) {
			return false;
		}
		event.date(form.firstDay(), form.lastDay(), form.precision());
		apply(form, event);
		this.events.flush();
		this.audit.record(AuditAction.EVENT_EDITED, subject(event));
		return true;
	}

	/** Swaps the event with its neighbour above or below. */
	void move(long id, boolean up) {
		List<TimelineEvent> ordered = this.events.findAllByOrderBySortOrderAscStartsOnAsc();
		int index = ordered.indexOf(find(id));
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= ordered.size()) {
			return;
		}
		// Renumber with gaps first, so that equal orders can never leave the swap without
		// effect.
		renumber(ordered);
		TimelineEvent moving = ordered.get(index);
		TimelineEvent neighbour = ordered.get(other);
		int place = moving.sortOrder();
		moving.placeAt(neighbour.sortOrder());
		neighbour.placeAt(place);
		this.audit.record(AuditAction.EVENT_MOVED, subject(moving), up ? AuditDetail.MOVED_UP : AuditDetail.MOVED_DOWN);
	}

	private static void renumber(List<TimelineEvent> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).placeAt((i + 1) * GAP);
		}
	}

	/** Takes the event off the public timeline; editors still see it. */
	void hide(long id) {
		TimelineEvent event = find(id);
		event.hide();
		this.audit.record(AuditAction.EVENT_HIDDEN, subject(event));
	}

	/** Puts a hidden event back on the public timeline. */
	void show(long id) {
		TimelineEvent event = find(id);
		event.show();
		this.audit.record(AuditAction.EVENT_SHOWN, subject(event));
	}

	private void apply(TimelineEventForm form, TimelineEvent event) {
		event.citeSource(form.sourceReleaseId());
		event.illustrate(form.imageId());
		event.name(form.namedPeople());
		Map<Language, TimelineEventText> texts = form.written();
		for (Language language : Language.values()) {
			if (texts.containsKey(language)) {
				event.write(language, texts.get(language));
			}
			else {
				event.erase(language);
			}
		}
	}

	private TimelineEvent find(long id) {
		return this.events.findById(id).orElseThrow(() -> new NotFoundException("No timeline event " + id));
	}

	private static AuditSubject subject(TimelineEvent event) {
		return AuditSubject.event(event.id(), event.startsOn());
	}

}
