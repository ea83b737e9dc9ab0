package az.blackjanuary.memorial.tribute;

/** Why a tribute was marked for a moderator's closer look. */
public enum TributeFlag {

	/** It contains a link: the commonest form of spam. */
	LINK,

	/** It contains a word from the configured list. */
	HELD_WORD,

	/**
	 * Visitors reported it from the wall, often enough to take it off until a moderator
	 * looks.
	 */
	REPORTED

}
