package az.blackjanuary.memorial.admin;

/** An account in the administrators' list. */
record AccountRow(long id, String username, AccountRole role, boolean enabled, boolean locked) {
}
