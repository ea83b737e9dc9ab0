package az.blackjanuary.memorial.tribute;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the author chose to sign a tribute on the wall. */
enum NameShown {

	FULL, INITIALS, ANONYMOUS;

	/** The name as the wall shows it, or null for an anonymous tribute. */
	String apply(String name, Locale locale) {
		if (name == null || this == ANONYMOUS) {
			return null;
		}
		if (this == FULL) {
			return name;
		}
		String initials = initials(name, locale);
		return initials.isEmpty() ? null : initials;
	}

	/** "Aysel Məmmədova" becomes "A. M."; upper-cased by the tribute's language (i → İ in Azerbaijani). */
	private static String initials(String name, Locale locale) {
		return Arrays.stream(name.split("\\s+"))
			.map((word) -> word.codePoints().filter(Character::isLetterOrDigit).findFirst())
			.filter((first) -> first.isPresent())
			.map((first) -> Character.toString(first.getAsInt()).toUpperCase(locale) + ".")
			.collect(Collectors.joining(" "));
	}

}
