package az.blackjanuary.memorial.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client and action (Bucket4j), so that one address cannot flood the
 * wall or guess editors' passwords. The buckets live in the database
 * ({@link SharedBuckets}): a client gets the limit once for the whole site, however many
 * instances serve it. Buckets of clients not seen for a while are deleted, which keeps
 * the table small.
 */
@Component
public class RateLimiter {

	private final RateLimitProperties properties;

	private final SharedBuckets buckets;

	RateLimiter(RateLimitProperties properties, Clock clock, JdbcTemplate jdbc) {
		this.properties = properties;
		this.buckets = new SharedBuckets(jdbc, clock,
				ClientSideConfig.getDefault().withClientClock(new ClockTime(clock)));
	}

	/** Takes one token; when none is left, says how long the client must wait. */
	public Optional<Duration> tryAcquire(LimitedAction action, String client) {
		if (!this.properties.enabled()) {
			return Optional.empty();
		}
		// Only a hash of the address is stored, and only for minutes.
		String key = Digests.sha256("limit " + action + " " + client);
		ConsumptionProbe probe = this.buckets.builder()
			.build(key, () -> configurationFor(action))
			.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void forgetUnusedBuckets() {
		this.buckets.forgetUnused();
	}

	private BucketConfiguration configurationFor(LimitedAction action) {
		int perMinute = switch (action) {
			case TRIBUTE -> this.properties.tributesPerMinute();
			case CARNATION -> this.properties.carnationsPerMinute();
			case SIGN_IN -> this.properties.signInsPerMinute();
			case REPORT -> this.properties.reportsPerMinute();
			case AUTHOR_CHANGE -> this.properties.authorChangesPerMinute();
			case OTHER_POST -> this.properties.otherPostsPerMinute();
		};
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	/** What a client may do only so often. */
	public enum LimitedAction {

		TRIBUTE, CARNATION, SIGN_IN, REPORT, AUTHOR_CHANGE,

		/**
		 * Any other post outside the editors' area, so that no public route is left
		 * unlimited.
		 */
		OTHER_POST

	}

	/** Bucket4j reads the site's clock, so that tests can move time. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return TimeUnit.MILLISECONDS.toNanos(this.clock.millis());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
