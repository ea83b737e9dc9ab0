package az.blackjanuary.memorial.image;

/**
 * An upload the site will not keep, with the message key that tells the editor why.
 */
class UnreadableImage extends Exception {

	private final String reason;

	UnreadableImage(String reason) {
		super(reason);
		this.reason = reason;
	}

	UnreadableImage(String reason, Throwable cause) {
		super(reason, cause);
		this.reason = reason;
	}

	/** The message key of the reason. */
	String reason() {
		return this.reason;
	}

}
