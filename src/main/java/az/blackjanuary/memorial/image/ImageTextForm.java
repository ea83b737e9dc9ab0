package az.blackjanuary.memorial.image;

import az.blackjanuary.memorial.system.EditorText;
import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.constraints.Size;

/**
 * An image's words in one language, as the editor typed them: the alternative text, which
 * a screen reader reads in place of the image, and a caption. Its title is the
 * alternative text, without which a language is not written.
 */
record ImageTextForm(@Size(max = ImageText.MAX, message = "{form.too-long}") String altText,
		@Size(max = ImageText.MAX, message = "{form.too-long}") String caption) implements EditorText {

	ImageTextForm {
		altText = FormInput.clean(altText);
		caption = FormInput.clean(caption);
	}

	static ImageTextForm empty() {
		return new ImageTextForm(null, null);
	}

	static ImageTextForm of(ImageText text) {
		return new ImageTextForm(text.altText(), text.caption());
	}

	@Override
	public String title() {
		return this.altText;
	}

	@Override
	public String body() {
		return this.caption;
	}

	@Override
	public boolean complete() {
		return this.altText != null;
	}

	ImageText toText() {
		return new ImageText(this.altText, this.caption);
	}

}
