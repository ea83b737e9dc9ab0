package az.blackjanuary.memorial.tribute;

import java.util.List;

/**
 * What a visitor searches the wall for: a name, a place or words. A tribute matches when
 * its words, its place or, when its author signed in full, its name hold the search's
 * words in a row, the last one as the beginning of a word: "Bakı" finds "Bakıda", "allah
 * rəhm" finds "Allah rəhmət eləsin". Both sides are folded alike ({@link SearchText}), so
 * case, the dotted and dotless I and punctuation make no difference.
 *
 * @param words the search as the visitor wrote it, shown back to them
 */
record WallSearch(String words) {

	/** Longer than any name or place, short enough to keep each search cheap. */
	static final int MAX_LENGTH = 100;

	/** The search a query asks for, or null when it is blank (the whole wall). */
	static WallSearch of(String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		return new WallSearch(query.strip());
	}

	static boolean tooLong(String query) {
		return query != null && query.strip().codePointCount(0, query.strip().length()) > MAX_LENGTH;
	}

	/** The folded words searched for, in their order; empty when there is no word. */
	List<String> folded() {
		String folded = SearchText.fold(this.words);
		return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
	}

	/**
	 * Whether nothing can match: a search of punctuation or symbols alone has no word to
	 * find.
	 */
	boolean findsNothing() {
		return folded().isEmpty();
	}

	/**
	 * The pattern for LIKE on {@link SearchText}'s column: the folded words after a
	 * space. Folded words hold letters and digits only, so no wildcard can come from a
	 * visitor.
	 */
	String likePattern() {
		return "% " + String.join(" ", folded()) + "%";
	}

}
