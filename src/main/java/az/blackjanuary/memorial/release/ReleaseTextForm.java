package az.blackjanuary.memorial.release;

import az.blackjanuary.memorial.system.EditorText;
import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import jakarta.validation.constraints.Size;

/**
 * A release's text in one language as the editor typed it: a title, a summary, a Markdown
 * body and, for a translation, the code of the language of its original (empty for an
 * original).
 */
record ReleaseTextForm(@Size(max = EditorText.TITLE_MAX, message = "{form.too-long}") String title, String summary,
		String body, String translatedFrom) implements EditorText {

	ReleaseTextForm {
		title = FormInput.clean(title);
		summary = FormInput.clean(summary);
		body = FormInput.clean(body);
		translatedFrom = FormInput.clean(translatedFrom);
	}

	static ReleaseTextForm empty() {
		return new ReleaseTextForm(null, null, null, null);
	}

	static ReleaseTextForm of(ReleaseText text) {
		return new ReleaseTextForm(text.title(), text.summary(), text.bodyMarkdown(),
				(text.translatedFrom() != null) ? text.translatedFrom().code() : null);
	}

	/**
	 * A summary typed alone starts the language too: it needs a title and a body then.
	 */
	@Override
	public boolean started() {
		return EditorText.super.started() || this.summary != null;
	}

	ReleaseText toText() {
		return new ReleaseText(this.title, (this.summary != null) ? this.summary : "", this.body,
				(this.translatedFrom != null) ? Language.fromCode(this.translatedFrom).orElse(null) : null);
	}

}
