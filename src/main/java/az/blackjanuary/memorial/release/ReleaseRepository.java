package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Releases; a release is live once its publication time is at or before "now". */
interface ReleaseRepository extends JpaRepository<Release, Long> {

	// No fetch graph here: a fetch join with a row limit would be applied in memory.
	Optional<Release> findFirstByPublishedAtLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(Instant now);

	@EntityGraph(attributePaths = { "texts", "figures" })
	Optional<Release> findBySlugAndPublishedAtLessThanEqual(String slug, Instant now);

	@EntityGraph(attributePaths = "texts")
	List<Release> findByPublishedAtLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(Instant now);

	Optional<Release> findBySlug(String slug);

	/** Whether a timeline event names the release as its source, hidden events too. */
	@Query(value = "SELECT EXISTS (SELECT 1 FROM timeline_event WHERE source_release_id = :id)", nativeQuery = true)
	boolean isCitedByTimeline(@Param("id") long id);

	@EntityGraph(attributePaths = "texts")
	List<Release> findByIdInAndPublishedAtLessThanEqual(Collection<Long> ids, Instant now);

}
