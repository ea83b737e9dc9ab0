package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.ZonedDateTime;

import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the author of a tribute may do without an account, holding only the private link:
 * read it, change it for a while after posting (it is reviewed again), and remove it at
 * any time.
 */
@Service
@Transactional
class AuthorControl {

	private final TributeRepository tributes;

	private final TributeReportRepository reports;

	private final TributeScreening screening;

	private final TributeService tributeService;

	private final TributeProperties properties;

	private final Clock clock;

	AuthorControl(TributeRepository tributes, TributeReportRepository reports, TributeScreening screening,
			TributeService tributeService, TributeProperties properties, Clock clock) {
		this.tributes = tributes;
		this.reports = reports;
		this.screening = screening;
		this.tributeService = tributeService;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	AuthorsTribute find(String authorKey) {
		Tribute tribute = byKey(authorKey);
		ZonedDateTime editableUntil = tribute.createdAt()
			.plus(this.properties.editWindow())
			.atZone(this.clock.getZone());
		TributeForm form = new TributeForm(tribute.authorName(), tribute.place(), tribute.message(),
				tribute.nameShown());
		return new AuthorsTribute(this.tributeService.view(tribute), form, tribute.status(), editableUntil,
				tribute.status() != TributeStatus.DELETED && isEditable(tribute));
	}

	/**
	 * Changes the tribute if it may still be changed; a changed tribute waits for a
	 * moderator again.
	 */
	Change change(String authorKey, TributeForm form) {
		Tribute tribute = byKey(authorKey);
		if (tribute.status() == TributeStatus.DELETED) {
			return Change.REMOVED;
		}
		if (!isEditable(tribute)) {
			return Change.TOO_LATE;
		}
		tribute.rewrite(form.getName(), form.getPlace(), form.getMessage(), form.getNameShown(),
				this.screening.flagOf(form).orElse(null), Tribute.now(this.clock));
		return Change.CHANGED;
	}

	/**
	 * Removes the tribute for good: its words and whatever points at a person are erased.
	 */
	void remove(String authorKey) {
		Tribute tribute = byKey(authorKey);
		if (tribute.status() != TributeStatus.DELETED) {
			tribute.removeByAuthor(Tribute.now(this.clock));
			this.reports.deleteByTribute(tribute.id());
		}
	}

	private boolean isEditable(Tribute tribute) {
		return this.clock.instant().isBefore(tribute.createdAt().plus(this.properties.editWindow()));
	}

	private Tribute byKey(String authorKey) {
		return this.tributes.findByAuthorKeyHash(FormTickets.hashOfAuthorKey(authorKey))
			.orElseThrow(() -> new NotFoundException("No tribute for this private link"));
	}

	/** What came of an author's change. */
	enum Change {

		CHANGED, TOO_LATE, REMOVED

	}

	/**
	 * A tribute as its author sees it.
	 *
	 * @param shown the tribute as the wall shows it, signed the way the author chose
	 * @param form what the author wrote, to change it
	 * @param editable whether it may still be changed
	 */
	record AuthorsTribute(TributeView shown, TributeForm form, TributeStatus status, ZonedDateTime editableUntil,
			boolean editable) {

		public boolean removed() {
			return this.status == TributeStatus.DELETED;
		}

	}

}
