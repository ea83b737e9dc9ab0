package az.blackjanuary.memorial.tribute;

/**
 * A tribute as moderators see it: the name as written and as its author chose to show it,
 * whether its author changed it, why it was flagged, if it was, and how often it was reported.
 */
record QueuedTribute(TributeView tribute, String fullName, NameShown nameShown, boolean changedByAuthor,
		TributeFlag flag, int reports) {
}
