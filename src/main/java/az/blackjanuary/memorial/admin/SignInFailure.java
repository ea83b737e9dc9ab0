package az.blackjanuary.memorial.admin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The failed sign-ins of one name from one client, both as hashes. After each failure the
 * client waits before it may try that name again: a second, then twice as long after each
 * further failure; after the last allowed one it is locked out for a while, and each
 * further lock lasts twice as long, up to a day. Nobody else is held back by it, the
 * account's owner least of all.
 */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

	private static final Duration LONGEST_LOCK = Duration.ofDays(1);

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private int failures;

	@Column(nullable = false)
	private int lockouts;

	@Column(name = "last_failed_at", nullable = false)
	private Instant lastFailedAt;

	@Column(name = "held_until", nullable = false)
	private Instant heldUntil;

	protected SignInFailure() {
	}

	SignInFailure(Key key) {
		this.key = key;
	}

	/** Counts one more failure and holds the client back accordingly. */
	void fail(Instant now, int allowed, Duration firstDelay, Duration lock) {
		if (this.failures >= allowed) {
			// The lock has been served: counting starts again, the next lock will be
			// longer.
			this.failures = 0;
		}
		this.failures++;
		this.lastFailedAt = now;
		if (this.failures >= allowed) {
			this.lockouts++;
			Duration longer = lock.multipliedBy(1L << Math.min(this.lockouts - 1, 16));
			this.heldUntil = now.plus((longer.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : longer);
		}
		else {
			this.heldUntil = now.plus(firstDelay.multipliedBy(1L << (this.failures - 1)));
		}
	}

	/** Until when the client must wait, if it must. */
	SignInThrottle.Hold holdAt(Instant now, int allowed) {
		return now.isBefore(this.heldUntil) ? new SignInThrottle.Hold(this.heldUntil, this.failures >= allowed) : null;
	}

	@Embeddable
	record Key(@Column(name = "username_hash") String usernameHash,
			@Column(name = "client_hash") String clientHash) implements Serializable {
	}

}
