package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Releases; a release is live once its publication time is at or before "now" and the day
 * it commemorates is "today" or earlier.
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

	@EntityGraph(attributePaths = "texts")
	List<Release> findByIdInAndPublishedAtLessThanEqualAndCommemoratedOnLessThanEqual(Collection<Long> ids, Instant now,
			LocalDate today);

	/**
	 * Marks whether a scheduled publication waits to be recorded in the audit log.
	 * Written beside the entity, never through it: an editor saving the release meanwhile
	 * neither undoes the mark nor meets a conflict because of it.
	 */
	@Modifying
	@Query(value = "UPDATE anniversary_release SET publication_pending = :pending WHERE id = :id", nativeQuery = true)
	int markPublicationPending(@Param("id") long id, @Param("pending") boolean pending);

	/**
	 * Scheduled releases whose time has come and whose publication is not yet recorded.
	 */
	@Query("select r from Release r where r.publicationPending = true and r.publishedAt <= :now")
	List<Release> findPublicationsDue(@Param("now") Instant now);

	/**
	 * Claims a due publication for recording: 1 for the one instance that gets to record
	 * it, else 0.
	 */
	@Modifying
	@Query(value = "UPDATE anniversary_release SET publication_pending = FALSE WHERE id = :id AND publication_pending = TRUE",
			nativeQuery = true)
	int claimPublication(@Param("id") long id);

}
