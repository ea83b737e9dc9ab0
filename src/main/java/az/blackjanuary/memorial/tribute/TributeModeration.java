package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.admin.AuditAction;
import az.blackjanuary.memorial.admin.AuditLog;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' queue: approve or reject tributes, one or many at once, each decision audited. */
@Service
@Transactional
public class TributeModeration {

	static final int QUEUE_SIZE = 50;

	private final TributeRepository tributes;

	private final TributeService wall;

	private final AuditLog audit;

	private final Clock clock;

	TributeModeration(TributeRepository tributes, TributeService wall, AuditLog audit, Clock clock) {
		this.tributes = tributes;
		this.wall = wall;
		this.audit = audit;
		this.clock = clock;
	}

	public void approve(long id) {
		decide(List.of(id), TributeStatus.APPROVED);
	}

	public void reject(long id) {
		decide(List.of(id), TributeStatus.REJECTED);
	}

	/** Approves or rejects each of the given tributes; approved ones are on the wall at once. */
	public int decide(Collection<Long> ids, TributeStatus decision) {
		List<Tribute> chosen = this.tributes.findAllById(ids);
		for (Tribute tribute : chosen) {
			if (decision == TributeStatus.APPROVED) {
				tribute.approve(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			}
			else {
				tribute.reject(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			}
			this.audit.record(
					(decision == TributeStatus.APPROVED) ? AuditAction.TRIBUTE_APPROVED : AuditAction.TRIBUTE_REJECTED,
					"tribute " + tribute.id(), null);
		}
		return chosen.size();
	}

	/** Pending tributes oldest first, so none waits forever; decided ones newest first. */
	@Transactional(readOnly = true)
	List<QueuedTribute> queue(TributeStatus status) {
		List<Tribute> found = (status == TributeStatus.PENDING)
				? this.tributes.oldest(status, Limit.of(QUEUE_SIZE))
				: this.tributes.newest(status, Limit.of(QUEUE_SIZE));
		return found.stream().map((tribute) -> new QueuedTribute(this.wall.view(tribute), tribute.flag())).toList();
	}

	@Transactional(readOnly = true)
	Map<TributeStatus, Long> counts() {
		Map<TributeStatus, Long> counts = new EnumMap<>(TributeStatus.class);
		for (TributeStatus status : TributeStatus.values()) {
			counts.put(status, this.tributes.countByStatus(status));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public long pending() {
		return this.tributes.countByStatus(TributeStatus.PENDING);
	}

}
