package az.blackjanuary.memorial.names;

import az.blackjanuary.memorial.system.EditorText;
import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.constraints.Size;

/**
 * A person's name as spelled in one language and a short text in it, as the editor typed
 * them. The name is the title of the editors' texts; the text may stay empty.
 */
record PersonTextForm(@Size(max = PersonText.NAME_MAX, message = "{form.too-long}") String name,
		@Size(max = PersonTextForm.ABOUT_MAX, message = "{form.too-long}") String about) implements EditorText {

	/** A short text: a few sentences. */
	static final int ABOUT_MAX = 2000;

	PersonTextForm {
		name = FormInput.clean(name);
		about = FormInput.clean(about);
	}

	static PersonTextForm empty() {
		return new PersonTextForm(null, null);
	}

	static PersonTextForm of(PersonText text) {
		return new PersonTextForm(text.fullName(), text.about());
	}

	@Override
	public String title() {
		return this.name;
	}

	@Override
	public String body() {
		return this.about;
	}

	/** A language is kept once its spelling of the name is there. */
	@Override
	public boolean complete() {
		return this.name != null;
	}

	PersonText toText() {
		return new PersonText(this.name, this.about);
	}

}
