package az.blackjanuary.memorial.release;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A release's text in one language; the body is Markdown. */
@Embeddable
class ReleaseText {

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	protected ReleaseText() {
	}

	ReleaseText(String title, String summary, String bodyMarkdown) {
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
	}

	String title() {
		return this.title;
	}

	String summary() {
		return this.summary;
	}

	String bodyMarkdown() {
		return this.bodyMarkdown;
	}

}
