package az.blackjanuary.memorial.export;

import org.springframework.context.MessageSourceResolvable;

/**
 * An import that would overwrite content, or a document that is not an export this site
 * reads. It names its reason as a message, so that the web page says it in the
 * administrator's language and the command line in English.
 */
public class ImportRefusedException extends RuntimeException implements MessageSourceResolvable {

	private final String reason;

	private final String code;

	private final Object[] arguments;

	ImportRefusedException(String reason, Object... arguments) {
		super("import.refused." + reason);
		this.reason = reason;
		this.code = "import.refused." + reason;
		this.arguments = arguments;
	}

	ImportRefusedException(String reason, Throwable cause, Object... arguments) {
		super("import.refused." + reason, cause);
		this.reason = reason;
		this.code = "import.refused." + reason;
		this.arguments = arguments;
	}

	/**
	 * Why, in a word: {@code notEmpty} is a site that already has content, the others a
	 * document it cannot take.
	 */
	String reason() {
		return this.reason;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
