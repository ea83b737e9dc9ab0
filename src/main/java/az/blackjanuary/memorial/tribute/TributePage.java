package az.blackjanuary.memorial.tribute;

/**
 * One approved tribute on its own page.
 *
 * @param wallCursor the cursor of the wall page that starts with this tribute
 * @param remembers the person of the register it is left in memory of, or null
 */
record TributePage(TributeView tribute, String wallCursor, RememberedPerson remembers) {
}
