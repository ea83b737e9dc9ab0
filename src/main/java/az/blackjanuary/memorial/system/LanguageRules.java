package az.blackjanuary.memorial.system;

/**
 * What a language writes its own way, beyond the words of its message file: ordinal
 * numbers and the patterns of its dates. Each {@link Language} has its rules; a new
 * language brings its own. The date patterns reach templates as the messages
 * {@code date.pattern.*}.
 */
public interface LanguageRules {

	/** An anniversary's number as it is written with digits: 36th, 36-cı, 36-я. */
	String anniversary(int number);

	/**
	 * A decade's number as the words for the decade take it: 1980-ci (illər) in
	 * Azerbaijani, 1980 (s) in English.
	 */
	String decade(int firstYear);

	// The patterns below are the day-month-year order most languages of the site share;
	// a language that writes its dates otherwise (Russian adds "года") says so.

	/** A day: 20 January 1990. */
	default String dayPattern() {
		return "d MMMM yyyy";
	}

	/** A day and a time: 20 January 2027, 09:00. */
	default String dayTimePattern() {
		return "d MMMM yyyy, HH:mm";
	}

	/** A month standing alone: January 1990. */
	default String monthPattern() {
		return "LLLL yyyy";
	}

}
