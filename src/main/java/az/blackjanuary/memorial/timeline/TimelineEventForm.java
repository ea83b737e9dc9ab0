package az.blackjanuary.memorial.timeline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * What an editor writes for a timeline event: its date as precisely as it is known, and its
 * text. Dates are kept as typed, so that a mistyped one is shown back with the rest intact.
 */
record TimelineEventForm(Long version,
		@NotBlank(message = "{timeline.form.date-required}") @Pattern(regexp = FormInput.ISO_DATE,
				message = "{typeMismatch}") String startsOn,
		@Pattern(regexp = FormInput.ISO_DATE, message = "{typeMismatch}") String endsOn,
		@NotNull DatePrecision precision, Long sourceReleaseId, @Size(max = 300, message = "{form.too-long}") String titleAz,
		String bodyAz, @Size(max = 300, message = "{form.too-long}") String titleEn, String bodyEn, @Size(max = 300, message = "{form.too-long}") String titleRu,
		String bodyRu) {

	TimelineEventForm {
		startsOn = FormInput.clean(startsOn);
		endsOn = FormInput.clean(endsOn);
		titleAz = FormInput.clean(titleAz);
		bodyAz = FormInput.clean(bodyAz);
		titleEn = FormInput.clean(titleEn);
		bodyEn = FormInput.clean(bodyEn);
		titleRu = FormInput.clean(titleRu);
		bodyRu = FormInput.clean(bodyRu);
	}

	static TimelineEventForm empty() {
		return new TimelineEventForm(null, null, null, DatePrecision.DAY, null, null, null, null, null, null, null);
	}

	static TimelineEventForm of(TimelineEvent event) {
		Map<Language, TimelineEventText> texts = event.texts();
		return new TimelineEventForm(event.version(), event.startsOn().toString(),
				(event.endsOn() != null) ? event.endsOn().toString() : null, event.precision(),
				event.sourceReleaseId(), title(texts, Language.AZ), body(texts, Language.AZ), title(texts, Language.EN),
				body(texts, Language.EN), title(texts, Language.RU), body(texts, Language.RU));
	}

	Map<Language, TimelineEventText> texts() {
		Map<Language, TimelineEventText> texts = new EnumMap<>(Language.class);
		put(texts, Language.AZ, this.titleAz, this.bodyAz);
		put(texts, Language.EN, this.titleEn, this.bodyEn);
		put(texts, Language.RU, this.titleRu, this.bodyRu);
		return texts;
	}

	/**
	 * A day range needs its last day, and no other precision has one: a last day typed for one
	 * is refused rather than dropped. One language at least.
	 */
	void check(Errors errors) {
		if (!errors.hasFieldErrors("startsOn") && FormInput.dateError(this.startsOn) != null) {
			errors.rejectValue("startsOn", FormInput.dateError(this.startsOn));
		}
		if (!errors.hasFieldErrors("endsOn") && this.endsOn != null && FormInput.dateError(this.endsOn) != null) {
			errors.rejectValue("endsOn", FormInput.dateError(this.endsOn));
		}
		if (this.precision == DatePrecision.DAY_RANGE && !errors.hasFieldErrors("startsOn")
				&& !errors.hasFieldErrors("endsOn")
				&& (this.endsOn == null || LocalDate.parse(this.endsOn).isBefore(LocalDate.parse(this.startsOn)))) {
			errors.rejectValue("endsOn", "timeline.form.range-end-required");
		}
		if (this.precision != null && this.precision != DatePrecision.DAY_RANGE && this.endsOn != null
				&& !errors.hasFieldErrors("endsOn")) {
			errors.rejectValue("endsOn", "timeline.form.end-only-for-range");
		}
		checkLanguage(errors, "Az", this.titleAz, this.bodyAz);
		checkLanguage(errors, "En", this.titleEn, this.bodyEn);
		checkLanguage(errors, "Ru", this.titleRu, this.bodyRu);
		if (this.titleAz == null && this.titleEn == null && this.titleRu == null && !errors.hasErrors()) {
			errors.reject("release.form.text-required");
		}
	}

	/** The first day; call only once the form has passed its checks. */
	LocalDate firstDay() {
		return LocalDate.parse(this.startsOn);
	}

	LocalDate lastDay() {
		return (this.precision == DatePrecision.DAY_RANGE) ? LocalDate.parse(this.endsOn) : null;
	}

	private static void checkLanguage(Errors errors, String suffix, String title, String body) {
		if (title == null && body != null) {
			errors.rejectValue("title" + suffix, "release.form.title-required");
		}
		if (title != null && body == null) {
			errors.rejectValue("body" + suffix, "release.form.body-required");
		}
	}

	private static void put(Map<Language, TimelineEventText> texts, Language language, String title, String body) {
		if (title != null && body != null) {
			texts.put(language, new TimelineEventText(title, body));
		}
	}

	private static String title(Map<Language, TimelineEventText> texts, Language language) {
		return texts.containsKey(language) ? texts.get(language).title() : null;
	}

	private static String body(Map<Language, TimelineEventText> texts, Language language) {
		return texts.containsKey(language) ? texts.get(language).body() : null;
	}

}
