package az.blackjanuary.memorial.names;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping the register: add, edit, publish and hide entries, each change audited. */
@Service
@Transactional
class PersonAdminService {

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	PersonAdminService(PersonRepository people, AuditLog audit, Clock clock) {
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every entry, drafts and hidden ones too, in the order of the editor's language. */
	@Transactional(readOnly = true)
	List<PersonRow> all(Locale locale) {
		Language language = Language.of(locale);
		var order = NameOrder.of(language);
		return this.people.findAllByOrderByIdAsc().stream().map((person) -> {
			LifeDate died = person.died();
			return new PersonRow(person.id(), person.reference(), person.textFor(language).content().fullName(),
					(died != null) ? died.inWords(locale) : null, person.state());
		}).sorted(Comparator.comparing(PersonRow::name, order)).toList();
	}

	@Transactional(readOnly = true)
	PersonForm form(long id) {
		return PersonForm.of(find(id));
	}

	@Transactional(readOnly = true)
	boolean referenceTaken(String reference, Long byOtherThan) {
		return this.people.findByReferenceIn(List.of(reference))
			.stream()
			.anyMatch((person) -> !person.id().equals(byOtherThan));
	}

	long create(PersonForm form) {
		String reference = (form.reference() != null) ? form.reference() : UUID.randomUUID().toString();
		PersonDetails details = form.details(reference, form.state());
		Person person = new Person(freeSlug(details.azerbaijaniName(), (slug) -> false), details, this.clock.instant());
		person.illustrate(form.imageId());
		this.people.save(person);
		this.audit.record(AuditAction.PERSON_CREATED, AuditSubject.person(reference));
		return person.id();
	}

	/** Saves an edit unless someone else saved the entry since the editor opened it. */
	boolean update(long id, PersonForm form) {
		Person person = find(id);
		if (form.version() == null || form.version() != person.version()) {
			return false;
		}
		String reference = (form.reference() != null) ? form.reference() : person.reference();
		person.write(form.details(reference, form.state()), this.clock.instant());
		person.illustrate(form.imageId());
		this.people.flush();
		this.audit.record(AuditAction.PERSON_EDITED, AuditSubject.person(reference));
		return true;
	}

	void publish(long id) {
		Person person = find(id);
		person.changeState(PersonState.PUBLISHED, this.clock.instant());
		this.audit.record(AuditAction.PERSON_PUBLISHED, AuditSubject.person(person.reference()));
	}

	void hide(long id) {
		Person person = find(id);
		person.changeState(PersonState.HIDDEN, this.clock.instant());
		this.audit.record(AuditAction.PERSON_HIDDEN, AuditSubject.person(person.reference()));
	}

	/**
	 * A slug from the name that no entry has, nor any {@code alsoTaken}: namesakes get
	 * {@code -2}, {@code -3}…
	 */
	String freeSlug(String azerbaijaniName, Predicate<String> alsoTaken) {
		String base = PersonSlug.of(azerbaijaniName);
		String slug = base;
		for (int n = 2; this.people.existsBySlug(slug) || alsoTaken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private Person find(long id) {
		return this.people.findById(id).orElseThrow(() -> new NotFoundException("No person " + id));
	}

}
