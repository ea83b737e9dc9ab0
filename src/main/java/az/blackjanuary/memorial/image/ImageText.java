package az.blackjanuary.memorial.image;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An image's alternative text and caption in one language. */
@Embeddable
class ImageText {

	static final int MAX = 500;

	@Column(name = "alt_text", nullable = false, length = MAX)
	private String altText;

	@Column(length = MAX)
	private String caption;

	protected ImageText() {
	}

	ImageText(String altText, String caption) {
		this.altText = altText;
		this.caption = caption;
	}

	String altText() {
		return this.altText;
	}

	String caption() {
		return this.caption;
	}

}
