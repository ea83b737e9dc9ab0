package az.blackjanuary.memorial.tribute;

/**
 * Why a visitor reported a tribute, chosen from a short list so that moderators see it at
 * a glance.
 */
enum ReportReason {

	OFFENSIVE, SPAM, PERSONAL_DATA, OTHER;

	/** The reason a visitor chose, or null for none or one not on the list. */
	static ReportReason chosen(String code) {
		for (ReportReason reason : values()) {
			if (reason.name().equals(code)) {
				return reason;
			}
		}
		return null;
	}

}
