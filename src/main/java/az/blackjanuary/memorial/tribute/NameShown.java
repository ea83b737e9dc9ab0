package az.blackjanuary.memorial.tribute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How the author chose to sign a tribute on the wall. */
enum NameShown {

	FULL, INITIALS, ANONYMOUS;

	/**
	 * Words that say "son of" or "daughter of" in an Azerbaijani patronymic ("Rəşad Əli
	 * oğlu Hüseynov"), as written in Azerbaijani, in Russian and in common Latin
	 * spellings: they are not names, so they give no initial.
	 */
	private static final Set<String> PATRONYMIC_MARKERS = Set.of("oğlu", "qızı", "oglu", "qizi", "ogly", "kyzy", "оглы",
			"кызы", "оглу", "гызы");

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

	/**
	 * "Aysel Məmmədova" becomes "A. M.", "Rəşad Əli oğlu Hüseynov" "R. Ə. H.";
	 * upper-cased by the tribute's language (i → İ in Azerbaijani).
	 */
	private static String initials(String name, Locale locale) {
		return Arrays.stream(name.split("\\s+"))
			.filter((word) -> !isPatronymicMarker(word))
			.map((word) -> word.codePoints().filter(Character::isLetterOrDigit).findFirst())
			.filter((first) -> first.isPresent())
			.map((first) -> Character.toString(first.getAsInt()).toUpperCase(locale) + ".")
			.collect(Collectors.joining(" "));
	}

	private static boolean isPatronymicMarker(String word) {
		String letters = word.codePoints()
			.filter(Character::isLetter)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return PATRONYMIC_MARKERS.contains(letters.toLowerCase(Locale.ROOT))
				|| PATRONYMIC_MARKERS.contains(letters.toLowerCase(Locale.forLanguageTag("az")));
	}

}
