package az.blackjanuary.memorial.timeline;

/** How precisely an event's date is known; the page never claims more than this. */
enum DatePrecision {

	/** "the 1980s" */
	DECADE,
	/** "the late 1980s" */
	LATE_DECADE,
	/** "1990" */
	YEAR,
	/** "January 1990" */
	MONTH,
	/** "20 January 1990" */
	DAY,
	/** "19–20 January 1990" */
	DAY_RANGE

}
