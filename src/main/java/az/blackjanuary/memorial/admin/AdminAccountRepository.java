package az.blackjanuary.memorial.admin;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AdminAccountRepository extends JpaRepository<AdminAccount, Long> {

	Optional<AdminAccount> findByUsername(String username);

	/** For counting failed sign-ins: concurrent attempts on one account are counted one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from AdminAccount a where a.username = :username")
	Optional<AdminAccount> findForUpdate(String username);

	List<AdminAccount> findAllByOrderByUsernameAsc();

}
