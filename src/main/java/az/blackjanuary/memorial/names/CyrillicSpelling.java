package az.blackjanuary.memorial.names;

import java.util.Locale;
import java.util.Map;

/**
 * A first guess at the Russian spelling of an Azerbaijani name, letter by letter
 * ("Qasımov" → "Гасымов"), for the editor to take or correct: established spellings
 * ("Мамедов" for "Məmmədov") are the editor's to know.
 */
final class CyrillicSpelling {

	private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('a', "а"), Map.entry('b', "б"),
			Map.entry('c', "дж"), Map.entry('ç', "ч"), Map.entry('d', "д"), Map.entry('e', "е"), Map.entry('ə', "а"),
			Map.entry('f', "ф"), Map.entry('g', "г"), Map.entry('ğ', "г"), Map.entry('h', "г"), Map.entry('x', "х"),
			Map.entry('ı', "ы"), Map.entry('i', "и"), Map.entry('j', "ж"), Map.entry('k', "к"), Map.entry('q', "г"),
			Map.entry('l', "л"), Map.entry('m', "м"), Map.entry('n', "н"), Map.entry('o', "о"), Map.entry('ö', "ё"),
			Map.entry('p', "п"), Map.entry('r', "р"), Map.entry('s', "с"), Map.entry('ş', "ш"), Map.entry('t', "т"),
			Map.entry('u', "у"), Map.entry('ü', "ю"), Map.entry('v', "в"), Map.entry('y', "й"), Map.entry('z', "з"));

	/** "y" before a vowel is one Cyrillic letter. */
	private static final Map<Character, String> AFTER_Y = Map.of('a', "я", 'ə', "я", 'u', "ю", 'ü', "ю", 'e', "е", 'o',
			"ё");

	private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

	private CyrillicSpelling() {
	}

	static String suggest(String name) {
		StringBuilder cyrillic = new StringBuilder();
		String lower = name.toLowerCase(AZERBAIJANI);
		boolean wordStart = true;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			char next = (i + 1 < lower.length()) ? lower.charAt(i + 1) : ' ';
			String letters;
			if (c == 'y' && AFTER_Y.containsKey(next)) {
				letters = AFTER_Y.get(next);
				i++;
			}
			else if (c == 'e' && wordStart) {
				letters = "э";
			}
			else {
				letters = LETTERS.getOrDefault(c, String.valueOf(c));
			}
			cyrillic.append(wordStart ? capital(letters) : letters);
			wordStart = !Character.isLetter(c);
		}
		return cyrillic.toString();
	}

	private static String capital(String letters) {
		return letters.isEmpty() ? letters : letters.substring(0, 1).toUpperCase(Locale.ROOT) + letters.substring(1);
	}

}
