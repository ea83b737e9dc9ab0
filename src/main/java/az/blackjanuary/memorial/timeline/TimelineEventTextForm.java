package az.blackjanuary.memorial.timeline;

import az.blackjanuary.memorial.system.EditorText;
import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.constraints.Size;

/** A timeline event's title and text in one language, as the editor typed them. */
record TimelineEventTextForm(@Size(max = EditorText.TITLE_MAX, message = "{form.too-long}") String title,
		String body) implements EditorText {

	TimelineEventTextForm {
		title = FormInput.clean(title);
		body = FormInput.clean(body);
	}

	static TimelineEventTextForm empty() {
		return new TimelineEventTextForm(null, null);
	}

	static TimelineEventTextForm of(TimelineEventText text) {
		return new TimelineEventTextForm(text.title(), text.body());
	}

	TimelineEventText toText() {
		return new TimelineEventText(this.title, this.body);
	}

}
