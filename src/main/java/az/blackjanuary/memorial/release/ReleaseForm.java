package az.blackjanuary.memorial.release;

import az.blackjanuary.memorial.system.FormInput;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import az.blackjanuary.memorial.system.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * What an editor writes: the date commemorated, the figures the release states and, per
 * language, a title, a summary and a Markdown body. {@code version} is the version the editor
 * started from, so that a save over someone else's newer save is caught. The date and the
 * figures are kept as typed, so that a mistyped one is shown back with everything else intact.
 * A language's {@code translatedFrom} names the language of the original its text was translated
 * from, and is empty for an original.
 */
record ReleaseForm(Long version,
		@NotBlank(message = "{release.form.date-required}") @Pattern(regexp = FormInput.ISO_DATE,
				message = "{typeMismatch}") String commemoratedOn,
		@Pattern(regexp = FIGURE, message = "{release.form.figure-invalid}") String killed,
		@Pattern(regexp = FIGURE, message = "{release.form.figure-invalid}") String wounded,
		@Pattern(regexp = FIGURE, message = "{release.form.figure-invalid}") String detained,
		@Size(max = 300, message = "{form.too-long}") String titleAz, String summaryAz, String bodyAz,
		@Size(max = 300, message = "{form.too-long}") String titleEn, String summaryEn, String bodyEn, @Size(max = 300, message = "{form.too-long}") String titleRu,
		String summaryRu, String bodyRu, String translatedFromAz, String translatedFromEn, String translatedFromRu) {

	static final String FIGURE = "\\d{1,7}";

	ReleaseForm {
		commemoratedOn = FormInput.clean(commemoratedOn);
		killed = FormInput.clean(killed);
		wounded = FormInput.clean(wounded);
		detained = FormInput.clean(detained);
		titleAz = FormInput.clean(titleAz);
		summaryAz = FormInput.clean(summaryAz);
		bodyAz = FormInput.clean(bodyAz);
		titleEn = FormInput.clean(titleEn);
		summaryEn = FormInput.clean(summaryEn);
		bodyEn = FormInput.clean(bodyEn);
		titleRu = FormInput.clean(titleRu);
		summaryRu = FormInput.clean(summaryRu);
		bodyRu = FormInput.clean(bodyRu);
		translatedFromAz = FormInput.clean(translatedFromAz);
		translatedFromEn = FormInput.clean(translatedFromEn);
		translatedFromRu = FormInput.clean(translatedFromRu);
	}

	static ReleaseForm empty(LocalDate commemoratedOn) {
		return new ReleaseForm(null, commemoratedOn.toString(), null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	static ReleaseForm of(Release release) {
		Map<Language, ReleaseText> texts = release.texts();
		Map<FigureKind, Integer> figures = release.figures();
		return new ReleaseForm(release.version(), release.commemoratedOn().toString(), figure(figures, FigureKind.KILLED),
				figure(figures, FigureKind.WOUNDED), figure(figures, FigureKind.DETAINED), title(texts, Language.AZ),
				summary(texts, Language.AZ), body(texts, Language.AZ), title(texts, Language.EN),
				summary(texts, Language.EN), body(texts, Language.EN), title(texts, Language.RU),
				summary(texts, Language.RU), body(texts, Language.RU), translatedFrom(texts, Language.AZ),
				translatedFrom(texts, Language.EN), translatedFrom(texts, Language.RU));
	}

	/** The texts written, by language; a language left empty is not part of the release. */
	Map<Language, ReleaseText> texts() {
		Map<Language, ReleaseText> texts = new EnumMap<>(Language.class);
		put(texts, Language.AZ, this.titleAz, this.summaryAz, this.bodyAz, this.translatedFromAz);
		put(texts, Language.EN, this.titleEn, this.summaryEn, this.bodyEn, this.translatedFromEn);
		put(texts, Language.RU, this.titleRu, this.summaryRu, this.bodyRu, this.translatedFromRu);
		return texts;
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
	 * A real calendar date; a started language needs its title and body; one language at least;
	 * a translation's original is another language of this release.
	 */
	void check(Errors errors) {
		if (!errors.hasFieldErrors("commemoratedOn") && FormInput.dateError(this.commemoratedOn) != null) {
			errors.rejectValue("commemoratedOn", FormInput.dateError(this.commemoratedOn));
		}
		check(errors, "Az", this.titleAz, this.summaryAz, this.bodyAz);
		check(errors, "En", this.titleEn, this.summaryEn, this.bodyEn);
		check(errors, "Ru", this.titleRu, this.summaryRu, this.bodyRu);
		checkOriginal(errors, Language.AZ, this.translatedFromAz);
		checkOriginal(errors, Language.EN, this.translatedFromEn);
		checkOriginal(errors, Language.RU, this.translatedFromRu);
		if (this.titleAz == null && this.titleEn == null && this.titleRu == null && !errors.hasErrors()) {
			errors.reject("release.form.text-required");
		}
	}

	/** The title the slug is made from: Azerbaijani first, as the site's own language. */
	String slugTitle() {
		return (this.titleAz != null) ? this.titleAz : (this.titleEn != null) ? this.titleEn : this.titleRu;
	}

	private static void check(Errors errors, String suffix, String title, String summary, String body) {
		boolean started = title != null || summary != null || body != null;
		if (started && title == null) {
			errors.rejectValue("title" + suffix, "release.form.title-required");
		}
		if (started && body == null) {
			errors.rejectValue("body" + suffix, "release.form.body-required");
		}
	}

	/** The original must be one of the other languages this form has a title in. */
	private void checkOriginal(Errors errors, Language language, String translatedFrom) {
		if (translatedFrom == null || titleIn(language) == null) {
			return;
		}
		boolean known = Language.fromCode(translatedFrom)
			.filter((original) -> original != language && titleIn(original) != null)
			.isPresent();
		if (!known) {
			errors.rejectValue("translatedFrom" + suffix(language), "release.form.original-invalid");
		}
	}

	private String titleIn(Language language) {
		return switch (language) {
			case AZ -> this.titleAz;
			case EN -> this.titleEn;
			case RU -> this.titleRu;
		};
	}

	private static String suffix(Language language) {
		return language.code().substring(0, 1).toUpperCase(Locale.ROOT) + language.code().substring(1);
	}

	private static void put(Map<Language, ReleaseText> texts, Language language, String title, String summary,
			String body, String translatedFrom) {
		if (title != null && body != null) {
			texts.put(language, new ReleaseText(title, (summary != null) ? summary : "", body,
					(translatedFrom != null) ? Language.fromCode(translatedFrom).orElse(null) : null));
		}
	}

	private static void putFigure(Map<FigureKind, Integer> figures, FigureKind kind, String typed) {
		if (typed != null) {
			figures.put(kind, Integer.parseInt(typed));
		}
	}

	private static String figure(Map<FigureKind, Integer> figures, FigureKind kind) {
		return figures.containsKey(kind) ? String.valueOf(figures.get(kind)) : null;
	}

	private static String title(Map<Language, ReleaseText> texts, Language language) {
		return texts.containsKey(language) ? texts.get(language).title() : null;
	}

	private static String summary(Map<Language, ReleaseText> texts, Language language) {
		return texts.containsKey(language) ? texts.get(language).summary() : null;
	}

	private static String body(Map<Language, ReleaseText> texts, Language language) {
		return texts.containsKey(language) ? texts.get(language).bodyMarkdown() : null;
	}

	private static String translatedFrom(Map<Language, ReleaseText> texts, Language language) {
		return (texts.containsKey(language) && texts.get(language).translatedFrom() != null)
				? texts.get(language).translatedFrom().code() : null;
	}

}
