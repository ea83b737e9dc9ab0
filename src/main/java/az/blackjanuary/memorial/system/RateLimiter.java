package az.blackjanuary.memorial.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client and action (Bucket4j), so that one address cannot flood the wall
 * or guess editors' passwords.
 * Buckets of clients not seen for a while are dropped, which keeps memory bounded. Each
 * instance counts for itself: behind a load balancer a client gets the limit once per instance.
 */
@Component
public class RateLimiter {

	private final RateLimitProperties properties;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(10, TimeUnit.MINUTES)
		.maximumSize(200_000)
		.build();

	RateLimiter(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTime(clock);
	}

	/** Takes one token; when none is left, says how long the client must wait. */
	public Optional<Duration> tryAcquire(LimitedAction action, String client) {
		if (!this.properties.enabled()) {
			return Optional.empty();
		}
		Bucket bucket = this.buckets.get(action + " " + client, (key) -> newBucket(action));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket(LimitedAction action) {
		int perMinute = switch (action) {
			case TRIBUTE -> this.properties.tributesPerMinute();
			case CARNATION -> this.properties.carnationsPerMinute();
			case SIGN_IN -> this.properties.signInsPerMinute();
			case REPORT -> this.properties.reportsPerMinute();
			case AUTHOR_CHANGE -> this.properties.authorChangesPerMinute();
			case OTHER_POST -> this.properties.otherPostsPerMinute();
		};
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.withCustomTimePrecision(this.time)
			.build();
	}

	/** What a client may do only so often. */
	public enum LimitedAction {

		TRIBUTE, CARNATION, SIGN_IN, REPORT, AUTHOR_CHANGE,

		/** Any other post outside the editors' area, so that no public route is left unlimited. */
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
