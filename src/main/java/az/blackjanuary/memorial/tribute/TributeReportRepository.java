package az.blackjanuary.memorial.tribute;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TributeReportRepository extends JpaRepository<TributeReport, TributeReport.Key> {

	/** A removed tribute keeps nothing that points at a person, reporters included. */
	@Modifying
	@Query("delete from TributeReport r where r.key.tributeId = :tributeId")
	int deleteByTribute(@Param("tributeId") long tributeId);

	@Query("""
			select new az.blackjanuary.memorial.tribute.ReportReasonCount(r.key.tributeId, r.reason, count(r))
			from TributeReport r where r.key.tributeId in :tributeIds group by r.key.tributeId, r.reason""")
	List<ReportReasonCount> countByReason(@Param("tributeIds") Collection<Long> tributeIds);

	/**
	 * For the moderators: how many visitors reported each of these tributes and why;
	 * unreported ones are left out.
	 */
	default Map<Long, ReportedTribute> reportsOf(Collection<Long> tributeIds) {
		if (tributeIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> totals = new LinkedHashMap<>();
		Map<Long, Map<ReportReason, Long>> reasons = new LinkedHashMap<>();
		for (ReportReasonCount count : countByReason(tributeIds)) {
			totals.merge(count.tributeId(), count.reports(), Long::sum);
			Map<ReportReason, Long> byReason = reasons.computeIfAbsent(count.tributeId(),
					(id) -> new EnumMap<>(ReportReason.class));
			if (count.reason() != null) {
				byReason.put(count.reason(), count.reports());
			}
		}
		Map<Long, ReportedTribute> reports = new LinkedHashMap<>();
		totals.forEach((id, total) -> reports.put(id, new ReportedTribute(id, total, reasons.get(id))));
		return reports;
	}

}
