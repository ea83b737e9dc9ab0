package az.blackjanuary.memorial.image;

import java.util.Map;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageTexts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * What an editor writes about an image: whether it is a photograph or a document, its
 * credit or source, and per language its alternative text (required in every language: a
 * visitor who cannot see the image is told what it shows in their own) and caption, bound
 * as {@code texts[az].altText}.
 */
record ImageForm(Long version, @NotNull ImageKind kind,
		@Size(max = Image.CREDIT_MAX, message = "{form.too-long}") String credit,
		@Valid Map<String, ImageTextForm> texts) {

	ImageForm {
		credit = FormInput.clean(credit);
		texts = LanguageTexts.forEveryLanguage(texts, ImageTextForm::empty);
	}

	static ImageForm empty() {
		return new ImageForm(null, ImageKind.PHOTO, null, null);
	}

	static ImageForm of(Image image) {
		return new ImageForm(image.version(), image.kind(), image.credit(),
				LanguageTexts.of(image.texts(), ImageTextForm::of, ImageTextForm::empty));
	}

	Map<Language, ImageText> written() {
		return LanguageTexts.written(this.texts, ImageTextForm::toText);
	}

	/** The alternative text in every language; a caption only beside one. */
	void check(Errors errors) {
		for (Language language : Language.values()) {
			ImageTextForm text = LanguageTexts.in(this.texts, language);
			if (text.altText() == null) {
				errors.rejectValue(LanguageTexts.field(language, "altText"), "admin.image.alt-required");
			}
		}
	}

}
