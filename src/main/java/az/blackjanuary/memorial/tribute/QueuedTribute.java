package az.blackjanuary.memorial.tribute;

import java.util.Map;

/**
 * A tribute as moderators see it: the name as written and as its author chose to show it,
 * whether its author changed it since a moderator last decided, why it was flagged, if it
 * was, how often it was reported and why, and why a moderator rejected it, if one said.
 *
 * @param reportReasons how many reports gave each reason, by reason; empty while reports
 * carry no reason
 */
record QueuedTribute(TributeView tribute, String fullName, NameShown nameShown, boolean changedByAuthor,
		TributeFlag flag, int reports, Map<String, Long> reportReasons, String rejectionReason) {
}
