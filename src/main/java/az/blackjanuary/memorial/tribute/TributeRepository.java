package az.blackjanuary.memorial.tribute;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Each wall query is one range scan of the (status, created_at, id) index that stops
 * after a page. The cursor is compared as a row value, {@code (created_at, id) < (?, ?)},
 * and the order names the status too, although it is fixed: without either, H2 reads and
 * sorts every approved tribute for each page (measured: 42 pages/s at a million tributes
 * instead of hundreds).
 */
interface TributeRepository extends JpaRepository<Tribute, Long> {

	/** Later than any tribute: the cursor of the first page. */
	Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

	/** Earlier than any tribute: the cursor of the last page. */
	Instant BEGINNING_OF_TIME = Instant.EPOCH;

	/**
	 * The newest tributes are those older than the end of time. Without a bound on the
	 * time, H2 estimates the wall index and the single-column index of the status foreign
	 * key alike, takes the latter and sorts every tribute with the status for each page
	 * (measured: 5 to 9 s at a million tributes, writing the sort to a temporary file;
	 * hidden while the table does not change, because H2 then answers a repeated query
	 * from its result cache).
	 */
	default List<Tribute> newest(TributeStatus status, Limit limit) {
		return olderThan(status, END_OF_TIME, Long.MAX_VALUE, limit);
	}

	/**
	 * The oldest tributes: those newer than the beginning of time, for the reason above.
	 */
	default List<Tribute> oldest(TributeStatus status, Limit limit) {
		return newerThan(status, BEGINNING_OF_TIME, Long.MIN_VALUE, limit);
	}

	Optional<Tribute> findByAuthorKeyHash(String authorKeyHash);

	/**
	 * Forgets who sent old tributes: the address hash is only kept to spot floods and
	 * repeats.
	 */
	@Modifying
	@Query("update Tribute t set t.clientHash = null, t.messageDigest = null where t.clientHash is not null and t.createdAt < :before")
	int forgetSendersBefore(@Param("before") Instant before);

	/**
	 * The tributes left in memory of one person, newest first: one range scan of their
	 * own index.
	 */
	List<Tribute> findByRememberedPersonIdAndStatusOrderByCreatedAtDescIdDesc(long personId, TributeStatus status,
			Limit limit);

	/** For the moderators only: public pages never count tributes. */
	long countByStatus(TributeStatus status);

	@Query("""
			select t from Tribute t where t.status = :status
			and (t.createdAt, t.id) < (:createdAt, :id)
			order by t.status desc, t.createdAt desc, t.id desc""")
	List<Tribute> olderThan(@Param("status") TributeStatus status, @Param("createdAt") Instant createdAt,
			@Param("id") long id, Limit limit);

	@Query("""
			select t from Tribute t where t.status = :status
			and (t.createdAt, t.id) > (:createdAt, :id)
			order by t.status, t.createdAt, t.id""")
	List<Tribute> newerThan(@Param("status") TributeStatus status, @Param("createdAt") Instant createdAt,
			@Param("id") long id, Limit limit);

	/**
	 * A search reads the wall's index in the same order and keeps the tributes whose
	 * search text ({@link SearchText}) is like the pattern: a scan that stops after a
	 * page of matches. PostgreSQL's trigram index on the search text serves it without a
	 * scan; on H2, {@link WallWords} mostly answers instead.
	 */
	@Query("""
			select t from Tribute t where t.status = :status
			and (t.createdAt, t.id) < (:createdAt, :id)
			and t.searchText like :pattern
			order by t.status desc, t.createdAt desc, t.id desc""")
	List<Tribute> olderMatching(@Param("status") TributeStatus status, @Param("createdAt") Instant createdAt,
			@Param("id") long id, @Param("pattern") String pattern, Limit limit);

	@Query("""
			select t from Tribute t where t.status = :status
			and (t.createdAt, t.id) > (:createdAt, :id)
			and t.searchText like :pattern
			order by t.status, t.createdAt, t.id""")
	List<Tribute> newerMatching(@Param("status") TributeStatus status, @Param("createdAt") Instant createdAt,
			@Param("id") long id, @Param("pattern") String pattern, Limit limit);

	/**
	 * Approved tributes that visitors reported, fewer times than it takes to hide one:
	 * the most reported first. For the moderators only.
	 */
	@Query("""
			select t from Tribute t where t.status = az.blackjanuary.memorial.tribute.TributeStatus.APPROVED
			and t.reportCount > 0 order by t.reportCount desc, t.createdAt desc, t.id desc""")
	List<Tribute> reported(Limit limit);

	@Query("select count(t) from Tribute t where t.status = az.blackjanuary.memorial.tribute.TributeStatus.APPROVED and t.reportCount > 0")
	long countReported();

}
