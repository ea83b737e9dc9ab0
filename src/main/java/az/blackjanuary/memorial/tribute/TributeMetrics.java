package az.blackjanuary.memorial.tribute;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the wall does, for Prometheus ({@code /actuator/prometheus}): tributes received,
 * held for a closer look, approved, rejected and reported on this instance, and how many
 * wait for a moderator on the whole site.
 */
@Component
class TributeMetrics {

	private final Counter received;

	private final Counter held;

	private final Counter approved;

	private final Counter rejected;

	private final Counter reported;

	TributeMetrics(MeterRegistry meters, TributeRepository tributes) {
		this.received = meters.counter("memorial.tributes.received");
		this.held = meters.counter("memorial.tributes.held");
		this.approved = meters.counter("memorial.tributes.approved");
		this.rejected = meters.counter("memorial.tributes.rejected");
		this.reported = meters.counter("memorial.tributes.reported");
		Gauge
			.builder("memorial.tributes.awaiting.moderation", tributes,
					(repository) -> repository.countByStatus(TributeStatus.PENDING))
			.description("Tributes waiting for a moderator, on the whole site")
			.strongReference(true)
			.register(meters);
	}

	void stored(Tribute tribute) {
		this.received.increment();
		if (tribute.flag() != null) {
			this.held.increment();
		}
	}

	void decided(TributeStatus decision, int count) {
		(decision == TributeStatus.APPROVED ? this.approved : this.rejected).increment(count);
	}

	void reported() {
		this.reported.increment();
	}

}
