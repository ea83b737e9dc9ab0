package az.blackjanuary.memorial.tribute;

/** A tribute as moderators see it: with why it was flagged, if it was, and how often it was reported. */
record QueuedTribute(TributeView tribute, TributeFlag flag, int reports) {
}
