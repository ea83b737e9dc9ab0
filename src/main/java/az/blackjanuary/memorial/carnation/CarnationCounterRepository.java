package az.blackjanuary.memorial.carnation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CarnationCounterRepository extends JpaRepository<CarnationCounter, Integer> {

	/**
	 * One atomic increment in the database: concurrent visitors never overwrite each
	 * other's carnation.
	 */
	@Modifying
	@Query("update CarnationCounter c set c.total = c.total + 1 where c.id = " + CarnationCounter.THE_COUNTER)
	int addOne();

}
