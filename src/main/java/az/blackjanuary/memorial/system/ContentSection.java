package az.blackjanuary.memorial.system;

import tools.jackson.core.JsonGenerator;

/**
 * A feature's share of the site's content in the export document: what the feature writes
 * there, and how it takes it back into an empty site. Each feature implements it for its
 * own tables, so that the export reads no other feature's tables; sections are written
 * and restored in their {@link org.springframework.core.annotation.Order} (a timeline
 * event cites a release, so releases come first) and cleared in the reverse order.
 *
 * @param <T> the section as it is written into the document
 */
public interface ContentSection<T> {

	/** The section's key in the document. */
	String name();

	/** The type the section is read back as. */
	Class<T> type();

	/**
	 * Writes what the site holds now into the document, as a {@link #type()}, without
	 * anything that identifies a visitor or opens an account. A large section writes
	 * itself piece by piece, so that the export never holds it whole.
	 */
	void export(JsonGenerator document);

	/**
	 * Whether the section holds nothing visitors have left. What the migrations seed (the
	 * first release, its timeline) counts as empty; whether editors changed it is the
	 * audit log's to say.
	 */
	default boolean isEmpty() {
		return true;
	}

	/**
	 * Whether a document may lack the section: one added to the document after exports
	 * were first written, which an older document restores as empty.
	 */
	default boolean addedLater() {
		return false;
	}

	/**
	 * Removes what the site started with, before {@link #restore} writes the document's.
	 */
	void clear();

	/** Writes the document's section into the cleared site. */
	void restore(T content);

}
