package az.blackjanuary.memorial.release;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.EditorText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A release's text in one language; the body is Markdown. A translation names the
 * language of its original, so that visitors are told and led to it.
 */
@Embeddable
class ReleaseText {

	@Column(nullable = false, length = EditorText.TITLE_MAX)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	@Column(name = "translated_from")
	private Language translatedFrom;

	/** The body rendered and sanitised when it was saved; null until then. */
	@Column(name = "body_html")
	private String bodyHtml;

	protected ReleaseText() {
	}

	ReleaseText(String title, String summary, String bodyMarkdown) {
		this(title, summary, bodyMarkdown, null);
	}

	ReleaseText(String title, String summary, String bodyMarkdown, Language translatedFrom) {
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.translatedFrom = translatedFrom;
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

	/**
	 * The language of the original this text was translated from; null for an original.
	 */
	Language translatedFrom() {
		return this.translatedFrom;
	}

	/** The body as visitors see it: rendered once, when it was saved. */
	String bodyHtml(MarkdownRenderer markdown) {
		return (this.bodyHtml != null) ? this.bodyHtml : markdown.toSafeHtml(this.bodyMarkdown);
	}

	/** The same text with its body rendered now, so that no view has to. */
	ReleaseText rendered(MarkdownRenderer markdown) {
		ReleaseText rendered = new ReleaseText(this.title, this.summary, this.bodyMarkdown, this.translatedFrom);
		rendered.bodyHtml = markdown.toSafeHtml(this.bodyMarkdown);
		return rendered;
	}

}
