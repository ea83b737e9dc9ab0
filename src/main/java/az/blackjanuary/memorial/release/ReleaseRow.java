package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;

/** A release in the editors' list, whatever its state. */
record ReleaseRow(long id, String slug, String title, LocalDate commemoratedOn, ReleaseState state,
		Instant publishedAt, Instant updatedAt) {

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
