package az.blackjanuary.memorial.export;

/**
 * An import that would overwrite content, or a document that is not an export this site
 * reads.
 */
public class ImportRefusedException extends RuntimeException {

	ImportRefusedException(String message) {
		super(message);
	}

}
