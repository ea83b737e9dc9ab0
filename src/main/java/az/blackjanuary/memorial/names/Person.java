package az.blackjanuary.memorial.names;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageColumn;
import az.blackjanuary.memorial.system.Translated;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person of the register of the fallen. The slug, made once from the Azerbaijani
 * name, stays when the name is corrected, so that links to the page keep working.
 */
@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String reference;

	@Column(nullable = false, length = 160)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PersonState state;

	@Column(name = "born_on")
	private LocalDate bornOn;

	@Column(name = "born_precision")
	private String bornPrecision;

	@Column(name = "died_on")
	private LocalDate diedOn;

	@Column(name = "died_precision")
	private String diedPrecision;

	private Integer age;

	@Column(length = 300)
	private String place;

	@Column(length = 1000)
	private String source;

	@Column(name = "search_key", nullable = false, length = 2000)
	private String searchKey;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The photograph, kept apart from the details: a CSV import leaves it as it is. */
	@Column(name = "image_id")
	private Long imageId;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "person_text", joinColumns = @JoinColumn(name = "person_id"))
	@MapKeyColumn(name = "lang")
	@Convert(converter = LanguageColumn.class, attributeName = "key")
	private Map<Language, PersonText> texts = new HashMap<>();

	protected Person() {
	}

	Person(String slug, PersonDetails details, Instant now) {
		this.slug = slug;
		write(details, now);
	}

	/** Takes what the details say; the slug stays. */
	void write(PersonDetails details, Instant now) {
		this.reference = details.reference();
		this.texts.clear();
		this.texts.putAll(details.texts());
		this.bornOn = (details.born() != null) ? details.born().date() : null;
		this.bornPrecision = (details.born() != null) ? details.born().precision().name() : null;
		this.diedOn = (details.died() != null) ? details.died().date() : null;
		this.diedPrecision = (details.died() != null) ? details.died().precision().name() : null;
		this.age = details.age();
		this.place = details.place();
		this.source = details.source();
		this.state = details.state();
		this.searchKey = SearchKey.of(details.texts().values().stream().map(PersonText::fullName).toList());
		this.updatedAt = now;
	}

	PersonDetails details() {
		return new PersonDetails(this.reference, this.texts, born(), died(), this.age, this.place, this.source,
				this.state);
	}

	void changeState(PersonState state, Instant now) {
		this.state = state;
		this.updatedAt = now;
	}

	Long imageId() {
		return this.imageId;
	}

	void illustrate(Long imageId) {
		this.imageId = imageId;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	String reference() {
		return this.reference;
	}

	String slug() {
		return this.slug;
	}

	PersonState state() {
		return this.state;
	}

	LifeDate born() {
		return LifeDate.of(this.bornOn, this.bornPrecision);
	}

	LifeDate died() {
		return LifeDate.of(this.diedOn, this.diedPrecision);
	}

	Integer age() {
		return this.age;
	}

	String place() {
		return this.place;
	}

	String source() {
		return this.source;
	}

	String searchKey() {
		return this.searchKey;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Map<Language, PersonText> texts() {
		return this.texts;
	}

	/** The name and text in the wanted language, else in Azerbaijani. */
	Translated<PersonText> textFor(Language wanted) {
		return Translated.pick(this.texts, wanted).orElseThrow();
	}

	/** The short text in the wanted language, else in the first language that has one. */
	Optional<Translated<String>> aboutFor(Language wanted) {
		Map<Language, String> written = new HashMap<>();
		this.texts.forEach((language, text) -> {
			if (text.about() != null) {
				written.put(language, text.about());
			}
		});
		return Translated.pick(written, wanted);
	}

}
