package az.blackjanuary.memorial.tribute;

/**
 * How many visitors reported one tribute with one reason (null: reported before reasons
 * were asked).
 */
record ReportReasonCount(Long tributeId, ReportReason reason, Long reports) {
}
