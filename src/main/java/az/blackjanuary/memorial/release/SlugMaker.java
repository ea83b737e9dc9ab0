package az.blackjanuary.memorial.release;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a release's address from its year and title: "2027 — 37-ci ildönümü" becomes
 * {@code 2027-37-ci-ildonumu}. Azerbaijani letters lose their marks (ə→e, ı→i, ş→s, ç→c,
 * ğ→g, ö→o, ü→u) and Cyrillic is written in Latin letters, so that every address is plain
 * ASCII.
 */
final class SlugMaker {

	private static final int MAX_WORDS_LENGTH = 120;

	private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('ə', "e"), Map.entry('ı', "i"),
			Map.entry('ß', "ss"), Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
			Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"),
			Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
			Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
			Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
			Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"),
			Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

	private SlugMaker() {
	}

	static String slug(int year, String title) {
		StringBuilder latin = new StringBuilder();
		for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
			latin.append(SPECIAL.getOrDefault(c, String.valueOf(c)));
		}
		String words = Normalizer.normalize(latin, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (words.length() > MAX_WORDS_LENGTH) {
			words = words.substring(0, MAX_WORDS_LENGTH).replaceAll("-[^-]*$", "");
		}
		return words.isEmpty() ? String.valueOf(year) : year + "-" + words;
	}

}
