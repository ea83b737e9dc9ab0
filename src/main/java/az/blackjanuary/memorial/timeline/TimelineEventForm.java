package az.blackjanuary.memorial.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageTexts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.Errors;

/**
 * What an editor writes for a timeline event: its date as precisely as it is known, and
 * its text per language (bound as {@code texts[az].title}) and the picture shown with it,
 * if any. Dates are kept as typed, so that a mistyped one is shown back with the rest
 * intact.
 */
record TimelineEventForm(Long version,
		@NotBlank(message = "{timeline.form.date-required}") @Pattern(regexp = FormInput.ISO_DATE,
				message = "{typeMismatch}") String startsOn,
		@Pattern(regexp = FormInput.ISO_DATE, message = "{typeMismatch}") String endsOn,
		@NotNull DatePrecision precision, Long sourceReleaseId, @Valid Map<String, TimelineEventTextForm> texts,
		Long imageId, List<Long> namedPeople) {

	TimelineEventForm {
		startsOn = FormInput.clean(startsOn);
		endsOn = FormInput.clean(endsOn);
		texts = LanguageTexts.forEveryLanguage(texts, TimelineEventTextForm::empty);
		namedPeople = (namedPeople != null) ? namedPeople.stream().filter(Objects::nonNull).distinct().toList()
				: List.of();
	}

	static TimelineEventForm empty() {
		return new TimelineEventForm(null, null, null, DatePrecision.DAY, null, null, null, null);
	}

	static TimelineEventForm of(TimelineEvent event) {
		return new TimelineEventForm(event.version(), event.startsOn().toString(),
				(event.endsOn() != null) ? event.endsOn().toString() : null, event.precision(), event.sourceReleaseId(),
				LanguageTexts.of(event.texts(), TimelineEventTextForm::of, TimelineEventTextForm::empty),
				event.imageId(), List.copyOf(event.namedPeople()));
	}

	/** The texts written, by language; a language left empty is not part of the event. */
	Map<Language, TimelineEventText> written() {
		return LanguageTexts.written(this.texts, TimelineEventTextForm::toText);
	}

	/**
	 * A day range needs its last day, and no other precision has one: a last day typed
	 * for one is refused rather than dropped. One language at least.
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
		LanguageTexts.check(this.texts, errors);
	}

	/** The first day; call only once the form has passed its checks. */
	LocalDate firstDay() {
		return LocalDate.parse(this.startsOn);
	}

	LocalDate lastDay() {
		return (this.precision == DatePrecision.DAY_RANGE) ? LocalDate.parse(this.endsOn) : null;
	}

}
