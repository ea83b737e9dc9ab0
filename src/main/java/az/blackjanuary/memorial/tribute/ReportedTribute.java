package az.blackjanuary.memorial.tribute;

import java.util.Map;

/**
 * What visitors said of one tribute, for the moderators: how many reported it and why.
 *
 * @param byReason how many chose each reason; reports from before a reason was asked are
 * counted in {@code reports} only
 */
record ReportedTribute(long tributeId, long reports, Map<ReportReason, Long> byReason) {
}
