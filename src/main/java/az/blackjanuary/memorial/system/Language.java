package az.blackjanuary.memorial.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The languages the site speaks. Azerbaijani comes first: it is the default and the first
 * fallback for content that was not written in the visitor's language.
 */
public enum Language {

	AZ(new AzerbaijaniRules()), EN(new EnglishRules()), RU(new RussianRules());

	public static final Language DEFAULT = AZ;

	private final LanguageRules rules;

	Language(LanguageRules rules) {
		this.rules = rules;
	}

	/** How this language writes ordinals and dates. */
	public LanguageRules rules() {
		return this.rules;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public static Optional<Language> fromCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equalsIgnoreCase(code)).findFirst();
	}

	/**
	 * The site's language for a resolved locale; anything unknown falls back to the
	 * default.
	 */
	public static Language of(Locale locale) {
		return (locale != null) ? fromCode(locale.getLanguage()).orElse(DEFAULT) : DEFAULT;
	}

	/**
	 * This language first, then the others in their usual order: the order to look for
	 * content in.
	 */
	public List<Language> withFallbacks() {
		return Stream.concat(Stream.of(this), Arrays.stream(values()).filter((other) -> other != this)).toList();
	}

}
