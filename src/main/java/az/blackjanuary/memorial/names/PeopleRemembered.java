package az.blackjanuary.memorial.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.tribute.RememberedPeople;
import az.blackjanuary.memorial.tribute.RememberedPerson;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register answers for the people a tribute remembers. */
@Component
@Transactional(readOnly = true)
class PeopleRemembered implements RememberedPeople {

	private final PersonRepository people;

	PeopleRemembered(PersonRepository people) {
		this.people = people;
	}

	@Override
	public Optional<RememberedPerson> published(long id, Language language) {
		return this.people.findById(id)
			.filter((person) -> person.state() == PersonState.PUBLISHED)
			.map((person) -> remembered(person, language));
	}

	@Override
	public Optional<RememberedPerson> published(String slug, Language language) {
		return this.people.findBySlug(slug)
			.filter((person) -> person.state() == PersonState.PUBLISHED)
			.map((person) -> remembered(person, language));
	}

	@Override
	public Map<Long, RememberedPerson> published(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, RememberedPerson> published = new HashMap<>();
		for (Person person : this.people.findAllById(ids)) {
			if (person.state() == PersonState.PUBLISHED) {
				published.put(person.id(), remembered(person, language));
			}
		}
		return published;
	}

	private static RememberedPerson remembered(Person person, Language language) {
		var name = person.textFor(language);
		return new RememberedPerson(person.id(), person.slug(), name.content().fullName(), name.language());
	}

}
