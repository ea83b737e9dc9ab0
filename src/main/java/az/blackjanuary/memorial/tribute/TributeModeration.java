package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.admin.WaitingTributes;
import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' queue: approve or reject tributes, one or many at once, each decision
 * audited.
 */
@Service
@Transactional
public class TributeModeration implements WaitingTributes {

	static final int QUEUE_SIZE = 50;

	private final TributeRepository tributes;

	private final TributeReportRepository reports;

	private final TributeService tributeService;

	private final TributeProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final TributeMetrics metrics;

	TributeModeration(TributeRepository tributes, TributeReportRepository reports, TributeService tributeService,
			TributeProperties properties, AuditLog audit, Clock clock, TributeMetrics metrics) {
		this.metrics = metrics;
		this.tributes = tributes;
		this.reports = reports;
		this.tributeService = tributeService;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** A tribute on the wall, as a visitor who is about to report it sees it. */
	@Transactional(readOnly = true)
	TributeView onTheWall(long id) {
		return this.tributeService.view(approved(id));
	}

	/**
	 * A visitor's report of an approved tribute, with the reason the visitor chose. Each
	 * visitor counts once (a second report is thanked for all the same); enough reports
	 * take the tribute off the wall until a moderator approves it again.
	 */
	void report(long id, String clientHash, ReportReason reason) {
		Tribute tribute = approved(id);
		TributeReport.Key key = new TributeReport.Key(id, clientHash);
		if (!this.reports.existsById(key)) {
			this.reports.save(new TributeReport(id, clientHash, reason, this.clock.instant()));
			tribute.reported(this.properties.reportsToHide());
			this.metrics.reported();
		}
	}

	private Tribute approved(long id) {
		return this.tributes.findById(id)
			.filter((found) -> found.status() == TributeStatus.APPROVED)
			.orElseThrow(() -> new NotFoundException("No tribute on the wall " + id));
	}

	/**
	 * Approves or rejects each of the given tributes; approved ones are on the wall at
	 * once. One its author removed meanwhile stays removed. A rejection keeps the
	 * moderator's reason, if they gave one, for the moderators; an approval forgets an
	 * earlier one.
	 */
	int decide(Collection<Long> ids, TributeStatus decision, String reason) {
		List<Tribute> chosen = chosen(ids);
		for (Tribute tribute : chosen) {
			if (decision == TributeStatus.APPROVED) {
				tribute.approve(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			}
			else {
				tribute.reject(this.clock.instant().truncatedTo(ChronoUnit.MICROS), reason);
			}
			this.audit.record(
					(decision == TributeStatus.APPROVED) ? AuditAction.TRIBUTE_APPROVED : AuditAction.TRIBUTE_REJECTED,
					AuditSubject.tribute(tribute.id()));
		}
		this.metrics.decided(decision, chosen.size());
		return chosen.size();
	}

	/**
	 * Pending tributes oldest first, so none waits forever; reported ones most reported
	 * first; decided ones newest first.
	 */
	@Transactional(readOnly = true)
	List<QueuedTribute> queue(ModerationView view) {
		List<Tribute> found = switch (view) {
			case PENDING -> this.tributes.oldest(TributeStatus.PENDING, Limit.of(QUEUE_SIZE));
			case REPORTED -> this.tributes.reported(Limit.of(QUEUE_SIZE));
			case APPROVED, REJECTED -> this.tributes.newest(view.status(), Limit.of(QUEUE_SIZE));
		};
		return queued(found);
	}

	/**
	 * The chosen tributes that can still be decided, as moderators see them: for asking
	 * before a bulk rejection.
	 */
	@Transactional(readOnly = true)
	List<QueuedTribute> decidable(Collection<Long> ids) {
		return queued(chosen(ids));
	}

	private List<Tribute> chosen(Collection<Long> ids) {
		return this.tributes.findAllById(ids)
			.stream()
			.filter((tribute) -> tribute.status() != TributeStatus.DELETED)
			.toList();
	}

	private List<QueuedTribute> queued(List<Tribute> found) {
		Map<Long, Map<String, Long>> reasons = reportReasons(found);
		return found.stream()
			.map((tribute) -> new QueuedTribute(this.tributeService.view(tribute), tribute.authorName(),
					tribute.nameShown(), tribute.changedSinceModerated(), tribute.flag(), tribute.reportCount(),
					reasons.getOrDefault(tribute.id(), Map.of()), tribute.rejectionReason()))
			.toList();
	}

	/**
	 * How many reports of each tribute gave each reason, by tribute, in one query for all
	 * of them.
	 */
	private Map<Long, Map<String, Long>> reportReasons(List<Tribute> found) {
		Map<Long, Map<String, Long>> reasons = new HashMap<>();
		this.reports.reportsOf(found.stream().map(Tribute::id).toList()).forEach((id, reported) -> {
			Map<String, Long> byReason = new LinkedHashMap<>();
			reported.byReason().forEach((reason, count) -> byReason.put(reason.name(), count));
			reasons.put(id, byReason);
		});
		return reasons;
	}

	@Transactional(readOnly = true)
	long reportedCount() {
		return this.tributes.countReported();
	}

	@Transactional(readOnly = true)
	Map<TributeStatus, Long> counts() {
		Map<TributeStatus, Long> counts = new EnumMap<>(TributeStatus.class);
		for (TributeStatus status : TributeStatus.MODERATED) {
			counts.put(status, this.tributes.countByStatus(status));
		}
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public long pending() {
		return this.tributes.countByStatus(TributeStatus.PENDING);
	}

}
