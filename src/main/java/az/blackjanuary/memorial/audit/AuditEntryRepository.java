package az.blackjanuary.memorial.audit;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: the site has no way to edit or delete an entry. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

	boolean existsByActionNotIn(Collection<AuditAction> actions);

}
