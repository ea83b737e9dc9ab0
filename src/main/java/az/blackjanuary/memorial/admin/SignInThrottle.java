package az.blackjanuary.memorial.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import az.blackjanuary.memorial.audit.AuditAction;
import az.blackjanuary.memorial.audit.AuditDetail;
import az.blackjanuary.memorial.audit.AuditLog;
import az.blackjanuary.memorial.system.Digests;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds back a client that keeps guessing the password of a name, and only that client:
 * failed sign-ins and wrong current passwords are counted per name typed and per client,
 * in the database, so that the count holds on every instance and across restarts. A name
 * that no account has is counted like any other, so that nothing tells which names exist.
 */
@Component
class SignInThrottle {

	/**
	 * How long the failures of a name from a client are remembered once their hold is
	 * over.
	 */
	private static final Duration MEMORY = Duration.ofDays(1);

	private final SignInFailureRepository failures;

	private final AdminProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final Counter failedSignIns;

	private final Counter lockOuts;

	SignInThrottle(SignInFailureRepository failures, AdminProperties properties, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions, MeterRegistry meters) {
		this.failedSignIns = meters.counter("memorial.sign-ins.failed");
		this.lockOuts = meters.counter("memorial.sign-ins.locked");
		this.failures = failures;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		// A failure is counted even when what it was part of is rolled back.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Whether the client must wait before its password for this name is looked at again.
	 */
	Optional<Hold> current(String username, String client) {
		Instant now = this.clock.instant();
		return this.failures.findById(key(username, client))
			.map((failure) -> failure.holdAt(now, this.properties.allowedFailedSignIns()));
	}

	/**
	 * Counts a wrong password for this name from this client, writes it to the audit log
	 * with the client's address, and a lock-out too when this failure brings one.
	 * @return how long the client must now wait
	 */
	Hold failed(String username, String client, AuditAction action) {
		try {
			return this.ownTransaction.execute((status) -> count(username, client, action));
		}
		catch (DataIntegrityViolationException sameFirstFailureElsewhere) {
			// Another request inserted the first failure at the same moment: count on its
			// row.
			return this.ownTransaction.execute((status) -> count(username, client, action));
		}
	}

	private Hold count(String username, String client, AuditAction action) {
		SignInFailure.Key key = key(username, client);
		SignInFailure failure = this.failures.findForUpdate(key.usernameHash(), key.clientHash())
			.orElseGet(() -> new SignInFailure(key));
		Instant now = this.clock.instant();
		int allowed = this.properties.allowedFailedSignIns();
		failure.fail(now, allowed, this.properties.firstRetryDelay(), this.properties.lockDuration());
		this.failures.saveAndFlush(failure);
		this.audit.recordAttempt(username, client, action, AuditDetail.WRONG_PASSWORD);
		this.failedSignIns.increment();
		Hold hold = failure.holdAt(now, allowed);
		if (hold == null) {
			// No delay configured (as in tests): nothing to wait for.
			return new Hold(now, false);
		}
		if (hold.lockedOut()) {
			this.lockOuts.increment();
			this.audit.recordAttempt(username, client, AuditAction.CLIENT_LOCKED_OUT, AuditDetail.HELD_UNTIL,
					hold.until());
		}
		return hold;
	}

	/** The right password: the client's past failures for this name no longer count. */
	void succeeded(String username, String client) {
		SignInFailure.Key key = key(username, client);
		this.ownTransaction.executeWithoutResult((status) -> this.failures.deleteById(key));
	}

	/**
	 * An administrator vouches for the account's owner: every client may try this name
	 * again.
	 */
	void lift(String username) {
		this.failures.deleteByUsernameHash(Digests.sha256(username));
	}

	/** Whether some client is locked out of this name now. */
	boolean lockedOutAnywhere(String username) {
		return this.failures.lockedOutAnywhere(Digests.sha256(username), this.clock.instant(),
				this.properties.allowedFailedSignIns());
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
	void forgetOld() {
		Instant now = this.clock.instant();
		this.failures.forgetBefore(now.minus(MEMORY), now);
	}

	private static SignInFailure.Key key(String username, String client) {
		return new SignInFailure.Key(Digests.sha256(username), Digests.sha256("client:" + client));
	}

	/**
	 * Until when a client must wait before trying a name again.
	 *
	 * @param lockedOut whether it is a lock after too many failures, rather than a short
	 * delay
	 */
	record Hold(Instant until, boolean lockedOut) implements Serializable {

		/** The time left, in whole seconds, at least one. */
		long secondsLeft(Instant now) {
			return Math.max(1, (Duration.between(now, this.until).toMillis() + 999) / 1000);
		}

		/** The time left, in whole minutes, at least one. */
		long minutesLeft(Instant now) {
			return Math.max(1, (secondsLeft(now) + 59) / 60);
		}

	}

}
