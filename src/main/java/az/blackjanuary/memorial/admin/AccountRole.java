package az.blackjanuary.memorial.admin;

/** What an editor may do: an ADMIN everything, a MODERATOR only the tribute queue. */
public enum AccountRole {

	ADMIN, MODERATOR

}
