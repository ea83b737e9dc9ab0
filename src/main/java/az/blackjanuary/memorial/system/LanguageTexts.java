package az.blackjanuary.memorial.system;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.validation.Errors;

/**
 * The texts of an editor's form, one per language, bound by language code as
 * {@code texts[az].title}: a feature's form holds them in a map of its own text record,
 * and this class makes the map whole, checks it and turns it into what is stored. A new
 * language needs nothing here.
 */
public final class LanguageTexts {

	private LanguageTexts() {
	}

	/**
	 * One text for every language, in the site's order: an empty one where nothing was
	 * sent, so that the form shows every language; codes the site does not speak are
	 * dropped.
	 */
	public static <T extends EditorText> Map<String, T> forEveryLanguage(Map<String, T> sent, Supplier<T> empty) {
		Map<String, T> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			T text = (sent != null) ? sent.get(language.code()) : null;
			texts.put(language.code(), (text != null) ? text : empty.get());
		}
		return texts;
	}

	/**
	 * The form's texts for what is stored, by language; a language without one is left
	 * empty.
	 */
	public static <S, T extends EditorText> Map<String, T> of(Map<Language, S> stored, Function<S, T> toForm,
			Supplier<T> empty) {
		Map<String, T> texts = new LinkedHashMap<>();
		stored.forEach((language, text) -> texts.put(language.code(), toForm.apply(text)));
		return forEveryLanguage(texts, empty);
	}

	/** The complete texts, by language, as they are to be stored. */
	public static <T extends EditorText, S> Map<Language, S> written(Map<String, T> texts, Function<T, S> toStored) {
		Map<Language, S> written = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			T text = texts.get(language.code());
			if (text != null && text.complete()) {
				written.put(language, toStored.apply(text));
			}
		}
		return written;
	}

	/** The text in one language: never null once the form has made its map whole. */
	public static <T extends EditorText> T in(Map<String, T> texts, Language language) {
		return texts.get(language.code());
	}

	/**
	 * A started language needs its title and its body; one language at least. Lengths are
	 * checked by each text record's own annotations.
	 */
	public static void check(Map<String, ? extends EditorText> texts, Errors errors) {
		boolean anyTitle = false;
		for (Language language : Language.values()) {
			EditorText text = texts.get(language.code());
			if (text.started() && text.title() == null) {
				errors.rejectValue(field(language, "title"), "release.form.title-required");
			}
			if (text.started() && text.body() == null) {
				errors.rejectValue(field(language, "body"), "release.form.body-required");
			}
			anyTitle |= text.title() != null;
		}
		if (!anyTitle && !errors.hasErrors()) {
			errors.reject("release.form.text-required");
		}
	}

	/** The bound name of a field of one language's text: {@code texts[az].title}. */
	public static String field(Language language, String property) {
		return "texts[" + language.code() + "]." + property;
	}

}
