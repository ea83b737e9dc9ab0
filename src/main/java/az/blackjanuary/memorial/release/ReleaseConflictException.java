package az.blackjanuary.memorial.release;

/**
 * Another editor saved the release after this editor opened it: nothing is overwritten.
 */
class ReleaseConflictException extends RuntimeException {

	ReleaseConflictException() {
		super("The release was changed by someone else");
	}

}
