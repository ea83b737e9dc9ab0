package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A release in the editors' list, whatever its state.
 *
 * @param addressKept whether it has been public, so that its address stays and it cannot be deleted
 */
record ReleaseRow(long id, String slug, String title, LocalDate commemoratedOn, ReleaseState state,
		Instant publishedAt, Instant updatedAt, boolean addressKept) {

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
