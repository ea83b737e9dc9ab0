package az.blackjanuary.memorial.system;

import java.util.Map;
import java.util.Optional;

/**
 * A piece of content together with the language it is actually written in, which may not
 * be the visitor's: pages mark it with {@code lang} so that screen readers pronounce it
 * right.
 */
public record Translated<T>(Language language, T content) {

	/** The content in the wanted language, else in the first language that has it. */
	public static <T> Optional<Translated<T>> pick(Map<Language, T> translations, Language wanted) {
		return wanted.withFallbacks()
			.stream()
			.filter(translations::containsKey)
			.findFirst()
			.map((language) -> new Translated<>(language, translations.get(language)));
	}

}
