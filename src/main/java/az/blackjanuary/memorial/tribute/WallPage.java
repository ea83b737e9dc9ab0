package az.blackjanuary.memorial.tribute;

import java.util.List;

/**
 * One page of the wall, newest first.
 *
 * @param older the cursor for the next, older page, or null at the end of the wall
 * @param newer the cursor for the previous, newer page, or null on the first page
 */
record WallPage(List<TributeView> tributes, String older, String newer) {
}
