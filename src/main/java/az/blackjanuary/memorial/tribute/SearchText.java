package az.blackjanuary.memorial.tribute;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tribute's words as the wall's search reads them, kept beside the tribute in one
 * column: its words, its place and, when its author signed in full, its name, each folded
 * the same way as a search. Folding is done here, in Java, so that both databases compare
 * exactly the same strings.
 * <p>
 * Folded means: compatibility forms made plain (NFKC), lower case, the dotted and dotless
 * I of Azerbaijani taken as one letter ({@code UNUTMARIQ} and {@code unutmarıq} alike),
 * {@code ё} as {@code е}, and every run of what is not a letter or a digit a single
 * space. The column reads
 * {@code " words of the message | words of the place | the name "}: every word follows a
 * space, so {@code LIKE '% bakı%'} finds the words that begin with "bakı", and no search
 * can reach across the bars from one part into the next.
 */
final class SearchText {

	/** Between the message, the place and the name; never part of a folded search. */
	private static final String PART_END = " |";

	private SearchText() {
	}

	/** The column's value for a tribute. */
	static String of(String message, String place, String name, NameShown nameShown) {
		String shownName = (nameShown == NameShown.FULL) ? name : null;
		return " " + fold(message) + PART_END + " " + fold(place) + PART_END + " " + fold(shownName) + " ";
	}

	/** The words of a text, folded and separated by single spaces; empty without any. */
	static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
			// Lower-cased as one letter, before lower case could turn İ into i and a dot.
			.replace('İ', 'i')
			.replace('I', 'i')
			.replace('ı', 'i')
			.toLowerCase(Locale.ROOT)
			.replace('ё', 'е');
		StringBuilder folded = new StringBuilder(plain.length());
		boolean inWord = false;
		for (int at = 0; at < plain.length();) {
			int codePoint = plain.codePointAt(at);
			if (Character.isLetterOrDigit(codePoint)) {
				if (!inWord && folded.length() > 0) {
					folded.append(' ');
				}
				folded.appendCodePoint(codePoint);
				inWord = true;
			}
			else if (inWord && isMark(codePoint)) {
				folded.appendCodePoint(codePoint);
			}
			else {
				inWord = false;
			}
			at += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	/** The different words of a column's value, in their first order. */
	static List<String> words(String searchText) {
		if (searchText == null) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : searchText.split(" ")) {
			if (!word.isEmpty() && !word.equals("|")) {
				words.add(word);
			}
		}
		return new ArrayList<>(words);
	}

	/**
	 * A mark that NFKC could not join to the letter before it belongs to that letter all
	 * the same; one after no letter (an emoji's variation selector) is no word.
	 */
	private static boolean isMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}
