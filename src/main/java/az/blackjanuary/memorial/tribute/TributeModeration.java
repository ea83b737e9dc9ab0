package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.admin.AuditAction;
import az.blackjanuary.memorial.admin.AuditLog;
import az.blackjanuary.memorial.admin.AuditSubject;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' queue: approve or reject tributes, one or many at once, each decision audited. */
@Service
@Transactional
public class TributeModeration {

	static final int QUEUE_SIZE = 50;

	private final TributeRepository tributes;

	private final TributeReportRepository reports;

	private final TributeService wall;

	private final TributeProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	TributeModeration(TributeRepository tributes, TributeReportRepository reports, TributeService wall,
			TributeProperties properties, AuditLog audit, Clock clock) {
		this.tributes = tributes;
		this.reports = reports;
		this.wall = wall;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A visitor's report of an approved tribute. Each visitor counts once; enough reports take the
	 * tribute off the wall until a moderator approves it again.
	 */
	void report(long id, String clientHash) {
		Tribute tribute = this.tributes.findById(id)
			.filter((found) -> found.status() == TributeStatus.APPROVED)
			.orElseThrow(() -> new NotFoundException("No tribute on the wall " + id));
		TributeReport.Key key = new TributeReport.Key(id, clientHash);
		if (!this.reports.existsById(key)) {
			this.reports.save(new TributeReport(id, clientHash, this.clock.instant()));
			tribute.reported(this.properties.reportsToHide());
		}
	}

	public void approve(long id) {
		decide(List.of(id), TributeStatus.APPROVED);
	}

	public void reject(long id) {
		decide(List.of(id), TributeStatus.REJECTED);
	}

	/**
	 * Approves or rejects each of the given tributes; approved ones are on the wall at once. One
	 * its author removed meanwhile stays removed.
	 */
	public int decide(Collection<Long> ids, TributeStatus decision) {
		List<Tribute> chosen = this.tributes.findAllById(ids)
			.stream()
			.filter((tribute) -> tribute.status() != TributeStatus.DELETED)
			.toList();
		for (Tribute tribute : chosen) {
			if (decision == TributeStatus.APPROVED) {
				tribute.approve(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			}
			else {
				tribute.reject(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			}
			this.audit.record(
					(decision == TributeStatus.APPROVED) ? AuditAction.TRIBUTE_APPROVED : AuditAction.TRIBUTE_REJECTED,
					AuditSubject.tribute(tribute.id()));
		}
		return chosen.size();
	}

	/** Pending tributes oldest first, so none waits forever; decided ones newest first. */
	@Transactional(readOnly = true)
	List<QueuedTribute> queue(TributeStatus status) {
		List<Tribute> found = (status == TributeStatus.PENDING)
				? this.tributes.oldest(status, Limit.of(QUEUE_SIZE))
				: this.tributes.newest(status, Limit.of(QUEUE_SIZE));
		return found.stream()
			.map((tribute) -> new QueuedTribute(this.wall.view(tribute), tribute.authorName(), tribute.nameShown(),
					tribute.editedAt() != null, tribute.flag(), tribute.reportCount()))
			.toList();
	}

	@Transactional(readOnly = true)
	Map<TributeStatus, Long> counts() {
		Map<TributeStatus, Long> counts = new EnumMap<>(TributeStatus.class);
		for (TributeStatus status : TributeStatus.MODERATED) {
			counts.put(status, this.tributes.countByStatus(status));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public long pending() {
		return this.tributes.countByStatus(TributeStatus.PENDING);
	}

}
