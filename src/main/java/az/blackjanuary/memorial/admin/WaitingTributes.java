package az.blackjanuary.memorial.admin;

/**
 * How many tributes wait for a moderator, for the editors' start page. The tribute
 * feature answers it, so that the admin area needs none of its classes.
 */
public interface WaitingTributes {

	long pending();

}
