package az.blackjanuary.memorial.tribute;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TributeReportRepository extends JpaRepository<TributeReport, TributeReport.Key> {

	/** A removed tribute keeps nothing that points at a person, reporters included. */
	@Modifying
	@Query("delete from TributeReport r where r.key.tributeId = :tributeId")
	int deleteByTribute(@Param("tributeId") long tributeId);

}
