package az.blackjanuary.memorial.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bucket4j's buckets kept in the database ({@code rate_limit_bucket}), so that every
 * instance on it takes from the same bucket. Each change is a compare-and-swap on the
 * stored state: plain SQL that runs on H2 and PostgreSQL alike, and Bucket4j tries again
 * when another instance changed the bucket in between.
 */
class SharedBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	/**
	 * Every limit refills within a minute; a bucket untouched for longer is full, so
	 * forgettable.
	 */
	static final Duration KEPT_AFTER_USE = Duration.ofMinutes(2);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SharedBuckets(JdbcTemplate jdbc, Clock clock, ClientSideConfig config) {
		super(config);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				List<byte[]> states = SharedBuckets.this.jdbc.query(
						"SELECT state FROM rate_limit_bucket WHERE bucket_key = ?", (row, i) -> row.getBytes(1), key);
				return states.stream().findFirst();
			}

			@Override
			public boolean compareAndSwap(byte[] original, byte[] replacement, RemoteBucketState newState,
					Optional<Long> timeoutNanos) {
				return (original == null) ? insert(key, replacement) : swap(key, original, replacement);
			}

		};
	}

	private boolean insert(String key, byte[] state) {
		try {
			return this.jdbc.update("INSERT INTO rate_limit_bucket (bucket_key, state, expires_at) VALUES (?, ?, ?)",
					key, state, expiry()) == 1;
		}
		catch (DuplicateKeyException anotherInstanceWasFirst) {
			return false;
		}
	}

	private boolean swap(String key, byte[] original, byte[] replacement) {
		if (Arrays.equals(original, replacement)) {
			return true;
		}
		return this.jdbc.update(
				"UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE bucket_key = ? AND state = ?",
				replacement, expiry(), key, original) == 1;
	}

	private Timestamp expiry() {
		return Timestamp.from(this.clock.instant().plus(KEPT_AFTER_USE));
	}

	/** Buckets nobody has used for a while are full again: their rows can go. */
	int forgetUnused() {
		return this.jdbc.update("DELETE FROM rate_limit_bucket WHERE expires_at < ?",
				Timestamp.from(this.clock.instant()));
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("The site takes tokens synchronously");
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		throw new UnsupportedOperationException("The site takes tokens synchronously");
	}

	@Override
	public void removeProxy(String key) {
		this.jdbc.update("DELETE FROM rate_limit_bucket WHERE bucket_key = ?", key);
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

}
