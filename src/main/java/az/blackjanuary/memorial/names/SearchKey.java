package az.blackjanuary.memorial.names;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names as a search matches them: lower case, Azerbaijani letters as the plain Latin
 * letters people type without them (ə→a, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u), other marks
 * dropped, ё as е. "Mammadov" so finds "Məmmədov".
 */
final class SearchKey {

	/** The most words of a search that are matched; more say nothing new of a name. */
	static final int MAX_WORDS = 6;

	private static final Map<Character, Character> PLAIN = Map.of('ə', 'a', 'ı', 'i', 'ş', 's', 'ç', 'c', 'ğ', 'g', 'ö',
			'o', 'ü', 'u', 'ё', 'е');

	private SearchKey() {
	}

	/** Every spelling of a name, as one key. */
	static String of(Collection<String> names) {
		return names.stream().map(SearchKey::plain).distinct().collect(Collectors.joining(" "));
	}

	/** The words of a search, each as the key writes it; empty for nothing to search. */
	static List<String> words(String search) {
		if (search == null) {
			return List.of();
		}
		return Arrays.stream(plain(search).split(" "))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	static String plain(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			plain.append(PLAIN.getOrDefault(c, c));
		}
		return Normalizer.normalize(plain, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

}
