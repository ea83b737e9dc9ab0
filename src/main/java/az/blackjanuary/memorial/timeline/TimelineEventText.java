package az.blackjanuary.memorial.timeline;

import az.blackjanuary.memorial.system.EditorText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A timeline event's title and text in one language. */
@Embeddable
class TimelineEventText {

	@Column(nullable = false, length = EditorText.TITLE_MAX)
	private String title;

	@Column(nullable = false)
	private String body;

	protected TimelineEventText() {
	}

	TimelineEventText(String title, String body) {
		this.title = title;
		this.body = body;
	}

	String title() {
		return this.title;
	}

	String body() {
		return this.body;
	}

}
