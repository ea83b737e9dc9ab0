package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Releases; a release is live once its publication time is at or before "now" and the day it
 * commemorates is "today" or earlier.
 */
interface ReleaseRepository extends JpaRepository<Release, Long> {

	// No fetch graph here: a fetch join with a row limit would be applied in memory.
	Optional<Release> findFirstByPublishedAtLessThanEqualAndCommemoratedOnLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(
			Instant now, LocalDate today);

	@EntityGraph(attributePaths = { "texts", "figures" })
	Optional<Release> findBySlugAndPublishedAtLessThanEqualAndCommemoratedOnLessThanEqual(String slug, Instant now,
			LocalDate today);

	@EntityGraph(attributePaths = "texts")
	List<Release> findByPublishedAtLessThanEqualAndCommemoratedOnLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(
			Instant now, LocalDate today);

	Optional<Release> findBySlug(String slug);

	/** Whether a timeline event names the release as its source, hidden events too. */
	@Query(value = "SELECT EXISTS (SELECT 1 FROM timeline_event WHERE source_release_id = :id)", nativeQuery = true)
	boolean isCitedByTimeline(@Param("id") long id);

	@EntityGraph(attributePaths = "texts")
	List<Release> findByIdInAndPublishedAtLessThanEqualAndCommemoratedOnLessThanEqual(Collection<Long> ids,
			Instant now, LocalDate today);

}
