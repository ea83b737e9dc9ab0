package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A release in the editors' list, whatever its state.
 *
 * @param addressKept whether it has been public, so that its address stays and it cannot be deleted
 * @param scheduledFor when it is scheduled, the time it is scheduled for on the site's clock
 */
record ReleaseRow(long id, String slug, String title, LocalDate commemoratedOn, ReleaseState state,
		Instant publishedAt, Instant updatedAt, boolean addressKept, LocalDateTime scheduledFor) {

	/** Where a release stands: decided by its publication time alone, so no job has to run. */
	enum ReleaseState {

		DRAFT, SCHEDULED, PUBLISHED;

		static ReleaseState of(Instant publishedAt, Instant now) {
			if (publishedAt == null) {
				return DRAFT;
			}
			return publishedAt.isAfter(now) ? SCHEDULED : PUBLISHED;
		}

	}

}
