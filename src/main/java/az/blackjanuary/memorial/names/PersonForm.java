package az.blackjanuary.memorial.names;

import java.util.Map;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageTexts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * What an editor writes for an entry of the register, and what a row of a CSV file says:
 * both are checked alike. Dates are typed as a year, a year and month, or a day
 * ({@code 1962}, {@code 1962-04}, {@code 1962-04-17}); the age as a number. Everything is
 * kept as typed, so that a mistake is shown back with the rest intact.
 *
 * @param reference the stable identifier; made by the site when an editor leaves it out
 * @param state null in a CSV row that leaves an entry's state as it is
 */
record PersonForm(Long version,
		@Size(max = 64, message = "{form.too-long}") @Pattern(regexp = PersonForm.REFERENCE,
				message = "{names.form.reference-shape}") String reference,
		String born, String died, String age, @Size(max = 300, message = "{form.too-long}") String place,
		@Size(max = 1000, message = "{form.too-long}") String source, PersonState state,
		@Valid Map<String, PersonTextForm> texts, Long imageId) {

	static final String REFERENCE = "[A-Za-z0-9._-]+";

	PersonForm {
		reference = FormInput.clean(reference);
		born = FormInput.clean(born);
		died = FormInput.clean(died);
		age = FormInput.clean(age);
		place = FormInput.clean(place);
		source = FormInput.clean(source);
		texts = LanguageTexts.forEveryLanguage(texts, PersonTextForm::empty);
	}

	static PersonForm empty() {
		return new PersonForm(null, null, null, null, null, null, null, PersonState.DRAFT, null, null);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.version(), person.reference(), text(person.born()), text(person.died()),
				(person.age() != null) ? person.age().toString() : null, person.place(), person.source(),
				person.state(), LanguageTexts.of(person.texts(), PersonTextForm::of, PersonTextForm::empty),
				person.imageId());
	}

	private static String text(LifeDate date) {
		return (date != null) ? date.toString() : null;
	}

	/**
	 * The Azerbaijani name; each other language with a text has its spelling of the name;
	 * dates in one of their shapes, death not before birth; an age from 0 to 130.
	 */
	void check(Errors errors) {
		if (LanguageTexts.in(this.texts, Language.AZ).name() == null) {
			errors.rejectValue(LanguageTexts.field(Language.AZ, "name"), "names.form.name-az-required");
		}
		for (Language language : Language.values()) {
			PersonTextForm text = LanguageTexts.in(this.texts, language);
			if (language != Language.AZ && text.name() == null && text.about() != null) {
				errors.rejectValue(LanguageTexts.field(language, "name"), "names.form.name-required");
			}
		}
		if (!LifeDate.isValid(this.born)) {
			errors.rejectValue("born", "names.form.date-shape");
		}
		if (!LifeDate.isValid(this.died)) {
			errors.rejectValue("died", "names.form.date-shape");
		}
		if (!errors.hasFieldErrors("born") && !errors.hasFieldErrors("died") && this.born != null && this.died != null
				&& LifeDate.parse(this.died).date().isBefore(LifeDate.parse(this.born).date())) {
			errors.rejectValue("died", "names.form.died-before-born");
		}
		if (this.age != null && !this.age.matches("\\d{1,3}") || this.age != null && Integer.parseInt(this.age) > 130) {
			errors.rejectValue("age", "names.form.age-shape");
		}
	}

	/** What the form says; call only once it has passed its checks. */
	PersonDetails details(String reference, PersonState state) {
		return new PersonDetails(reference, LanguageTexts.written(this.texts, PersonTextForm::toText),
				LifeDate.parse(this.born), LifeDate.parse(this.died),
				(this.age != null) ? Integer.valueOf(this.age) : null, this.place, this.source, state);
	}

	/**
	 * A first Russian spelling of the Azerbaijani name while the editor has not given
	 * one.
	 */
	public String russianSuggestion() {
		String azerbaijani = LanguageTexts.in(this.texts, Language.AZ).name();
		return (azerbaijani != null && LanguageTexts.in(this.texts, Language.RU).name() == null)
				? CyrillicSpelling.suggest(azerbaijani) : null;
	}

}
