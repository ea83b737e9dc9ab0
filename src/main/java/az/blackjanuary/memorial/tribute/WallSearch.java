package az.blackjanuary.memorial.tribute;

/**
 * What a visitor searches the wall for: a name, a place or a word, matched anywhere in a
 * tribute's words, its place and, when its author signed in full, its name. Case is
 * ignored by the database's {@code lower()} on both sides.
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

	/** The words for LIKE, with its wildcards and escape character taken literally. */
	String likePattern() {
		String literal = this.words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + literal + "%";
	}

}
