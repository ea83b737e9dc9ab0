package az.blackjanuary.memorial.admin;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface SignInFailureRepository extends JpaRepository<SignInFailure, SignInFailure.Key> {

	/** Concurrent failures of one name from one client are counted one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from SignInFailure f where f.key.usernameHash = :usernameHash and f.key.clientHash = :clientHash")
	Optional<SignInFailure> findForUpdate(@Param("usernameHash") String usernameHash,
			@Param("clientHash") String clientHash);

	@Query("select count(f) > 0 from SignInFailure f where f.key.usernameHash = :usernameHash and f.heldUntil > :now and f.failures >= :allowed")
	boolean lockedOutAnywhere(@Param("usernameHash") String usernameHash, @Param("now") Instant now,
			@Param("allowed") int allowed);

	@Modifying
	@Transactional
	@Query("delete from SignInFailure f where f.key.usernameHash = :usernameHash")
	int deleteByUsernameHash(@Param("usernameHash") String usernameHash);

	/** Failures long past, whose hold is over, are forgotten: the table stays small. */
	@Modifying
	@Transactional
	@Query("delete from SignInFailure f where f.lastFailedAt < :before and f.heldUntil < :now")
	int forgetBefore(@Param("before") Instant before, @Param("now") Instant now);

}
