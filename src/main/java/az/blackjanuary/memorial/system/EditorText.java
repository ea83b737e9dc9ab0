package az.blackjanuary.memorial.system;

/**
 * What every editor's text in one language has, whatever else a feature adds to it: a
 * title and a body. A text is started once anything of it is typed, and complete once
 * both are there.
 */
public interface EditorText {

	/** The length of the title columns, and so the most a title may have. */
	int TITLE_MAX = 300;

	String title();

	String body();

	/**
	 * Whether the editor typed anything in this language; a feature may count more
	 * fields.
	 */
	default boolean started() {
		return title() != null || body() != null;
	}

	/** Whether the text is written: only a complete text is kept. */
	default boolean complete() {
		return title() != null && body() != null;
	}

}
