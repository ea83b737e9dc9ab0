package az.blackjanuary.memorial.tribute;

/** A tribute as moderators see it: with why it was flagged, if it was. */
record QueuedTribute(TributeView tribute, TributeFlag flag) {
}
