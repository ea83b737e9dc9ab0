package az.blackjanuary.memorial.release;

import java.time.Clock;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditDetail;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.audit.AuditSubject;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled release appears by itself at its time, with nobody signed in: this job
 * records in the audit log, in the site's own name, that it did. Every instance runs it;
 * each publication is recorded once, by whichever instance claims it first.
 */
@Component
class ScheduledPublications {

	private final ReleaseRepository releases;

	private final AuditLog audit;

	private final Clock clock;

	ScheduledPublications(ReleaseRepository releases, AuditLog audit, Clock clock) {
		this.releases = releases;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 60, initialDelay = 30, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
	@Transactional
	void recordDue() {
		for (Release release : this.releases.findPublicationsDue(this.clock.instant())) {
			if (this.releases.claimPublication(release.id()) == 1) {
				this.audit.recordBySystem(AuditAction.RELEASE_PUBLISHED_ON_SCHEDULE,
						AuditSubject.release(release.slug()), AuditDetail.SCHEDULED_FOR, release.publishedAt());
			}
		}
	}

}
