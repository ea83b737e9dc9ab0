package az.blackjanuary.memorial.image;

import java.time.Instant;
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
 * A photograph or a document as the site keeps it: its words per language and what it was
 * resized to. The pixels themselves are in {@link Renditions}, never loaded with it.
 */
@Entity
@Table(name = "image")
class Image {

	static final int CREDIT_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_hash", nullable = false, unique = true, length = 20)
	private String contentHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImageKind kind;

	@Column(nullable = false, length = 4)
	private String format;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(length = CREDIT_MAX)
	private String credit;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "image_text", joinColumns = @JoinColumn(name = "image_id"))
	@MapKeyColumn(name = "lang")
	@Convert(converter = LanguageColumn.class, attributeName = "key")
	private Map<Language, ImageText> texts = new HashMap<>();

	protected Image() {
	}

	Image(ResizedImage resized, Instant uploadedAt) {
		this.contentHash = resized.contentHash();
		this.format = resized.format().extension();
		this.width = resized.widest().width();
		this.height = resized.widest().height();
		this.uploadedAt = uploadedAt;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	String contentHash() {
		return this.contentHash;
	}

	ImageKind kind() {
		return this.kind;
	}

	String format() {
		return this.format;
	}

	int width() {
		return this.width;
	}

	int height() {
		return this.height;
	}

	String credit() {
		return this.credit;
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

	Map<Language, ImageText> texts() {
		return this.texts;
	}

	void describe(ImageKind kind, String credit, Map<Language, ImageText> texts) {
		this.kind = kind;
		this.credit = credit;
		this.texts.keySet().retainAll(texts.keySet());
		this.texts.putAll(texts);
	}

	/**
	 * The words in the wanted language, else in the first language they were written in.
	 */
	Optional<Translated<ImageText>> textFor(Language wanted) {
		return Translated.pick(this.texts, wanted);
	}

}
