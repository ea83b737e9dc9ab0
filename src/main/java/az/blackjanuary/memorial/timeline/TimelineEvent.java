package az.blackjanuary.memorial.timeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.Translated;
import az.blackjanuary.memorial.system.LanguageColumn;
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

/** One event on the timeline, with its date only as precise as it is known. */
@Entity
@Table(name = "timeline_event")
class TimelineEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	/** Set only for a day range. */
	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false)
	private DatePrecision precision;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean hidden;

	/** The release the event's facts are taken from. */
	@Column(name = "source_release_id")
	private Long sourceReleaseId;

	/** The picture shown with the event, an image of the image feature. */
	@Column(name = "image_id")
	private Long imageId;

	@Version
	private long version;

	/** The people of the register the event names. */
	@ElementCollection
	@CollectionTable(name = "timeline_event_person", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id")
	private Set<Long> namedPeople = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "timeline_event_text", joinColumns = @JoinColumn(name = "event_id"))
	@MapKeyColumn(name = "lang")
	@Convert(converter = LanguageColumn.class, attributeName = "key")
	private Map<Language, TimelineEventText> texts = new HashMap<>();

	protected TimelineEvent() {
	}

	TimelineEvent(LocalDate startsOn, LocalDate endsOn, DatePrecision precision, int sortOrder) {
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.precision = precision;
		this.sortOrder = sortOrder;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	boolean hidden() {
		return this.hidden;
	}

	Map<Language, TimelineEventText> texts() {
		return this.texts;
	}

	void date(LocalDate startsOn, LocalDate endsOn, DatePrecision precision) {
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.precision = precision;
	}

	void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	void show() {
		this.hidden = false;
	}

	void erase(Language language) {
		this.texts.remove(language);
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	DatePrecision precision() {
		return this.precision;
	}

	Long sourceReleaseId() {
		return this.sourceReleaseId;
	}

	Set<Long> namedPeople() {
		return this.namedPeople;
	}

	void name(Collection<Long> people) {
		this.namedPeople.clear();
		this.namedPeople.addAll(people);
	}

	void citeSource(Long releaseId) {
		this.sourceReleaseId = releaseId;
	}

	Long imageId() {
		return this.imageId;
	}

	void illustrate(Long imageId) {
		this.imageId = imageId;
	}

	void hide() {
		this.hidden = true;
	}

	void write(Language language, TimelineEventText text) {
		this.texts.put(language, text);
	}

	/** The text in the wanted language, else in the first language it was written in. */
	Optional<Translated<TimelineEventText>> textFor(Language wanted) {
		return Translated.pick(this.texts, wanted);
	}

}
