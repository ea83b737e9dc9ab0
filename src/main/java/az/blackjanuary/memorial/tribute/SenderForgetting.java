package az.blackjanuary.memorial.tribute;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every hour, erases the address hashes of tributes older than the retention time. */
@Component
class SenderForgetting {

	private final TributeRepository tributes;

	private final TributeProperties properties;

	private final Clock clock;

	SenderForgetting(TributeRepository tributes, TributeProperties properties, Clock clock) {
		this.tributes = tributes;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@Transactional
	public int forgetOldSenders() {
		return this.tributes.forgetSendersBefore(this.clock.instant().minus(this.properties.addressRetention()));
	}

}
