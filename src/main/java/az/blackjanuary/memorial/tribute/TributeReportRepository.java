package az.blackjanuary.memorial.tribute;

import org.springframework.data.jpa.repository.JpaRepository;

interface TributeReportRepository extends JpaRepository<TributeReport, TributeReport.Key> {

}
