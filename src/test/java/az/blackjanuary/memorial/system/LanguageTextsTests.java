package az.blackjanuary.memorial.system;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of an editor's form, one per language, whatever feature the form belongs to.
 */
class LanguageTextsTests {

	@Test
	void aFormHasATextForEveryLanguageAndNoneForALanguageTheSiteDoesNotSpeak() {
		Map<String, Text> texts = LanguageTexts
			.forEveryLanguage(Map.of("en", new Text("Title", "Body"), "fr", new Text("Titre", "Texte")), Text::empty);
		assertThat(texts.keySet())
			.containsExactly(Arrays.stream(Language.values()).map(Language::code).toArray(String[]::new));
		assertThat(LanguageTexts.in(texts, Language.EN)).isEqualTo(new Text("Title", "Body"));
		assertThat(LanguageTexts.in(texts, Language.AZ)).isEqualTo(Text.empty());
		assertThat(LanguageTexts.forEveryLanguage(null, Text::empty)).hasSize(Language.values().length);
	}

	@Test
	void onlyCompleteTextsAreWritten() {
		Map<String, Text> texts = LanguageTexts
			.forEveryLanguage(Map.of("az", new Text("Başlıq", "Mətn"), "ru", new Text("Заголовок", null)), Text::empty);
		assertThat(LanguageTexts.written(texts, Text::title)).containsExactly(Map.entry(Language.AZ, "Başlıq"));
	}

	@Test
	void aStartedLanguageNeedsItsTitleAndItsBody() {
		Errors errors = check(Map.of("en", new Text(null, "Body"), "ru", new Text("Заголовок", null)));
		assertThat(errors.getFieldError("texts[en].title").getCode()).isEqualTo("release.form.title-required");
		assertThat(errors.getFieldError("texts[ru].body").getCode()).isEqualTo("release.form.body-required");
		assertThat(errors.getFieldErrorCount()).isEqualTo(2);
		assertThat(errors.hasGlobalErrors()).isFalse();
	}

	@Test
	void oneLanguageAtLeast() {
		Errors errors = check(Map.of());
		assertThat(errors.getGlobalError().getCode()).isEqualTo("release.form.text-required");
		assertThat(check(Map.of("az", new Text("Başlıq", "Mətn"))).hasErrors()).isFalse();
	}

	private static Errors check(Map<String, Text> sent) {
		Form form = new Form(LanguageTexts.forEveryLanguage(sent, Text::empty));
		Errors errors = new BeanPropertyBindingResult(form, "form");
		LanguageTexts.check(form.texts(), errors);
		return errors;
	}

	record Text(String title, String body) implements EditorText {

		static Text empty() {
			return new Text(null, null);
		}

	}

	record Form(Map<String, Text> texts) {
	}

}
