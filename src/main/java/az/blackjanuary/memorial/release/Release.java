package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
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
 * An anniversary release. It is a draft while it has no publication time, scheduled while that
 * time lies ahead and public once it has passed.
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

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

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

	Instant publishedAt() {
		return this.publishedAt;
	}

	Map<FigureKind, Integer> figures() {
		return this.figures;
	}

	void write(Language language, ReleaseText text) {
		this.texts.put(language, text);
	}

	void state(FigureKind kind, int figure) {
		this.figures.put(kind, figure);
	}

	void publishAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	/** The text in the wanted language, else in the first language it was written in. */
	Optional<Translated<ReleaseText>> textFor(Language wanted) {
		return Translated.pick(this.texts, wanted);
	}

}
