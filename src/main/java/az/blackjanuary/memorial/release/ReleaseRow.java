package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A release in the editors' list, whatever its state.
 *
 * @param publishedAt when visitors can read it: its publication time, or the start of its
 * day when a release published early waits for it
 * @param addressKept whether it has been public, so that its address stays and it cannot
 * be deleted
 * @param scheduledFor when it is scheduled, the time it is scheduled for on the site's
 * clock
 */
record ReleaseRow(long id, String slug, String title, LocalDate commemoratedOn, ReleaseState state, Instant publishedAt,
		Instant updatedAt, boolean addressKept, LocalDateTime scheduledFor) {

	/**
	 * Where a release stands, as visitors see it: decided by the time it becomes visible
	 * (its publication time, not before its day), so no job has to run.
	 */
	enum ReleaseState {

		DRAFT, SCHEDULED, PUBLISHED;

		static ReleaseState of(Instant visibleFrom, Instant now) {
			if (visibleFrom == null) {
				return DRAFT;
			}
			return visibleFrom.isAfter(now) ? SCHEDULED : PUBLISHED;
		}

	}

}
