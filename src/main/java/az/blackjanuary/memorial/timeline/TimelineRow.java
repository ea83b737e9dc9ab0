package az.blackjanuary.memorial.timeline;

/** An event in the editors' list. */
record TimelineRow(long id, String date, String title, boolean hidden) {
}
