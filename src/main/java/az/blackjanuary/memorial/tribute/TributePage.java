package az.blackjanuary.memorial.tribute;

/**
 * One approved tribute on its own page.
 *
 * @param wallCursor the cursor of the wall page that starts with this tribute
 */
record TributePage(TributeView tribute, String wallCursor) {
}
