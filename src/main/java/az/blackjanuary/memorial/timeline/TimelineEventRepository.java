package az.blackjanuary.memorial.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

	/**
	 * The public timeline: visible events in the editors' order, which follows the
	 * calendar.
	 */
	@EntityGraph(attributePaths = "texts")
	List<TimelineEvent> findByHiddenFalseOrderBySortOrderAscStartsOnAsc();

	@EntityGraph(attributePaths = "texts")
	List<TimelineEvent> findAllByOrderBySortOrderAscStartsOnAsc();

	boolean existsBySourceReleaseId(long releaseId);

}
