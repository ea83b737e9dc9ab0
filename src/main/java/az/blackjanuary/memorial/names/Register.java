package az.blackjanuary.memorial.names;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import az.blackjanuary.memorial.image.Picture;
import az.blackjanuary.memorial.image.Pictures;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;
import az.blackjanuary.memorial.system.Translated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as visitors read it: published entries only, in the alphabetical order of
 * the page's language.
 */
@Service
@Transactional(readOnly = true)
public class Register {

	private final PersonRepository people;

	private final Pictures pictures;

	Register(PersonRepository people, Pictures pictures) {
		this.people = people;
		this.pictures = pictures;
	}

	/** Whether any entry is published: until then the register is not there at all. */
	public boolean isOpen() {
		return this.people.existsByState(PersonState.PUBLISHED);
	}

	/** Every published person's address and when their entry last changed. */
	public List<PersonStamp> publishedStamps() {
		return this.people.findByState(PersonState.PUBLISHED)
			.stream()
			.map((person) -> new PersonStamp(person.slug(), person.updatedAt()))
			.sorted(Comparator.comparing(PersonStamp::slug))
			.toList();
	}

	/**
	 * Links to the published people among these, in alphabetical order; drafts and hidden
	 * entries are left out.
	 */
	public List<PersonLink> publishedLinks(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Collator order = NameOrder.of(language);
		return this.people.findByIdIn(ids)
			.stream()
			.filter((person) -> person.state() == PersonState.PUBLISHED)
			.map((person) -> {
				Translated<PersonText> name = person.textFor(language);
				return new PersonLink(person.slug(), name.content().fullName(), name.language());
			})
			.sorted(Comparator.comparing(PersonLink::name, order))
			.toList();
	}

	/** Every entry, drafts and hidden ones too, for an editor to choose from. */
	public List<PersonOption> options(Language language) {
		Collator order = NameOrder.of(language);
		return this.people.findAllByOrderByIdAsc()
			.stream()
			.map((person) -> new PersonOption(person.id(), person.textFor(language).content().fullName()))
			.sorted(Comparator.comparing(PersonOption::label, order))
			.toList();
	}

	/** Whether every id is an entry of the register. */
	public boolean allExist(Collection<Long> ids) {
		return ids.isEmpty() || this.people.findByIdIn(ids).size() == new java.util.HashSet<>(ids).size();
	}

	/**
	 * The published entries in alphabetical order, or those matching a search; the
	 * register must be open.
	 */
	List<RegisterEntry> entries(String search, Locale locale) {
		if (!isOpen()) {
			throw new NotFoundException("The register has no published entry yet");
		}
		Language language = Language.of(locale);
		List<String> words = SearchKey.words(search);
		List<Person> found = words.isEmpty() ? this.people.findByState(PersonState.PUBLISHED)
				: this.people.findByStateAndKeyContaining(PersonState.PUBLISHED, words.get(0))
					.stream()
					.filter((person) -> words.stream().allMatch((word) -> person.searchKey().contains(word)))
					.toList();
		Collator order = NameOrder.of(language);
		return found.stream()
			.map((person) -> entry(person, language, locale))
			.sorted(Comparator.comparing(RegisterEntry::name, order))
			.toList();
	}

	/** The entries under the letters of the index, in order. */
	static List<RegisterLetter> byLetter(List<RegisterEntry> entries, Language language) {
		Map<String, List<RegisterEntry>> letters = new LinkedHashMap<>();
		for (RegisterEntry entry : entries) {
			letters.computeIfAbsent(NameOrder.letterOf(entry.name(), language), (letter) -> new ArrayList<>())
				.add(entry);
		}
		List<RegisterLetter> index = new ArrayList<>();
		int number = 0;
		for (var letter : letters.entrySet()) {
			index.add(new RegisterLetter(letter.getKey(), "letter-" + (++number), letter.getValue()));
		}
		return index;
	}

	/** The photographs of these entries, by image id: one query for a whole list. */
	Map<Long, Picture> photographs(List<RegisterEntry> entries, Language language) {
		return this.pictures.pictures(
				entries.stream().map(RegisterEntry::imageId).filter(Objects::nonNull).distinct().toList(), language);
	}

	long count() {
		return this.people.countByState(PersonState.PUBLISHED);
	}

	/** A published person's page; anything else is 404. */
	PersonPage page(String slug, Locale locale) {
		Person person = published(slug).orElseThrow(() -> new NotFoundException("No published person " + slug));
		Language language = Language.of(locale);
		RegisterEntry entry = entry(person, language, locale);
		List<PersonPage.Spelling> others = new ArrayList<>();
		for (Language other : Language.values()) {
			PersonText text = person.texts().get(other);
			if (other != entry.nameLanguage() && text != null && !text.fullName().equals(entry.name())) {
				others.add(new PersonPage.Spelling(other, text.fullName()));
			}
		}
		Optional<Translated<String>> about = person.aboutFor(language);
		LifeDate born = person.born();
		return new PersonPage(entry, others, (born != null) ? born.inWords(locale) : null,
				(born != null) ? born.toString() : null, about.map(Translated::content).orElse(null),
				about.map(Translated::language).orElse(null), person.source(),
				this.pictures.picture(person.imageId(), language).orElse(null));
	}

	Optional<Person> published(String slug) {
		return this.people.findBySlug(slug).filter((person) -> person.state() == PersonState.PUBLISHED);
	}

	static RegisterEntry entry(Person person, Language language, Locale locale) {
		Translated<PersonText> name = person.textFor(language);
		LifeDate died = person.died();
		return new RegisterEntry(person.id(), person.slug(), name.content().fullName(), name.language(),
				(died != null) ? died.inWords(locale) : null, (died != null) ? died.toString() : null, person.age(),
				person.place(), person.imageId());
	}

	/** A published person's address and the time their entry last changed. */
	public record PersonStamp(String slug, Instant lastModified) {
	}

}
