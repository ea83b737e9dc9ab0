package az.blackjanuary.memorial.release;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageTexts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.Errors;

/**
 * What an editor writes: the date commemorated, the figures the release states and, per
 * language, its text (bound as {@code texts[az].title}, one entry for every language the
 * site speaks), and the picture shown with it, if any. {@code version} is the version the
 * editor started from, so that a save over someone else's newer save is caught. The date
 * and the figures are kept as typed, so that a mistyped one is shown back with everything
 * else intact.
 */
record ReleaseForm(Long version,
		@NotBlank(message = "{release.form.date-required}") @Pattern(regexp = FormInput.ISO_DATE,
				message = "{typeMismatch}") String commemoratedOn,
		@Pattern(regexp = FIGURE, message = "{release.form.figure-invalid}") String killed,
		@Pattern(regexp = FIGURE, message = "{release.form.figure-invalid}") String wounded,
		@Pattern(regexp = FIGURE, message = "{release.form.figure-invalid}") String detained,
		@Valid Map<String, ReleaseTextForm> texts, Long imageId) {

	static final String FIGURE = "\\d{1,7}";

	ReleaseForm {
		commemoratedOn = FormInput.clean(commemoratedOn);
		killed = FormInput.clean(killed);
		wounded = FormInput.clean(wounded);
		detained = FormInput.clean(detained);
		texts = LanguageTexts.forEveryLanguage(texts, ReleaseTextForm::empty);
	}

	static ReleaseForm empty(LocalDate commemoratedOn) {
		return new ReleaseForm(null, commemoratedOn.toString(), null, null, null, null, null);
	}

	static ReleaseForm of(Release release) {
		Map<FigureKind, Integer> figures = release.figures();
		return new ReleaseForm(release.version(), release.commemoratedOn().toString(),
				figure(figures, FigureKind.KILLED), figure(figures, FigureKind.WOUNDED),
				figure(figures, FigureKind.DETAINED),
				LanguageTexts.of(release.texts(), ReleaseTextForm::of, ReleaseTextForm::empty), release.imageId());
	}

	/**
	 * The texts written, by language; a language left empty is not part of the release.
	 */
	Map<Language, ReleaseText> written() {
		return LanguageTexts.written(this.texts, ReleaseTextForm::toText);
	}

	/** The date commemorated; call only once the form has passed its checks. */
	LocalDate date() {
		return LocalDate.parse(this.commemoratedOn);
	}

	Map<FigureKind, Integer> figures() {
		Map<FigureKind, Integer> figures = new EnumMap<>(FigureKind.class);
		putFigure(figures, FigureKind.KILLED, this.killed);
		putFigure(figures, FigureKind.WOUNDED, this.wounded);
		putFigure(figures, FigureKind.DETAINED, this.detained);
		return figures;
	}

	/**
	 * A real calendar date; a started language needs its title and body; one language at
	 * least; a translation's original is another language of this release.
	 */
	void check(Errors errors) {
		if (!errors.hasFieldErrors("commemoratedOn") && FormInput.dateError(this.commemoratedOn) != null) {
			errors.rejectValue("commemoratedOn", FormInput.dateError(this.commemoratedOn));
		}
		LanguageTexts.check(this.texts, errors);
		for (Language language : Language.values()) {
			checkOriginal(errors, language);
		}
	}

	/** The title the slug is made from: Azerbaijani first, as the site's own language. */
	String slugTitle() {
		return Language.DEFAULT.withFallbacks()
			.stream()
			.map(this::titleIn)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The original must be one of the other languages this form has a title in. */
	private void checkOriginal(Errors errors, Language language) {
		String translatedFrom = LanguageTexts.in(this.texts, language).translatedFrom();
		if (translatedFrom == null || titleIn(language) == null) {
			return;
		}
		boolean known = Language.fromCode(translatedFrom)
			.filter((original) -> original != language && titleIn(original) != null)
			.isPresent();
		if (!known) {
			errors.rejectValue(LanguageTexts.field(language, "translatedFrom"), "release.form.original-invalid");
		}
	}

	private String titleIn(Language language) {
		return LanguageTexts.in(this.texts, language).title();
	}

	private static void putFigure(Map<FigureKind, Integer> figures, FigureKind kind, String typed) {
		if (typed != null) {
			figures.put(kind, Integer.parseInt(typed));
		}
	}

	private static String figure(Map<FigureKind, Integer> figures, FigureKind kind) {
		return figures.containsKey(kind) ? String.valueOf(figures.get(kind)) : null;
	}

}
