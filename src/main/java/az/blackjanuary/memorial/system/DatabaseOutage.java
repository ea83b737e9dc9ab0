package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A database that cannot be reached is answered with 503 and the site's own page, not an
 * unexpected error: nothing is wrong with the request, and the connection pool reconnects
 * by itself once the database is back, so the visitor only has to try again a little
 * later. A request that waited its whole turn for a connection of a busy pool is told the
 * site is busy and to come back in a few seconds: the database is not gone.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class DatabaseOutage {

	/** How long a visitor or client is asked to wait, in seconds. */
	public static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * How long a visitor is asked to wait when the database is there but every connection
	 * was busy.
	 */
	static final String RETRY_AFTER_SECONDS_WHEN_BUSY = "5";

	/** Request attribute set when the answer is "busy" rather than "unavailable". */
	static final String BUSY = DatabaseOutage.class.getName() + ".busy";

	/**
	 * Whether a failure means that the database could not be used for this request,
	 * because it is gone or every connection was busy, rather than a fault in the
	 * request: either way the visitor is asked to try again, with what they sent kept.
	 */
	public static boolean isOutage(Throwable failure) {
		return isDatabaseGone(failure) || isBusy(failure);
	}

	/**
	 * An outage proper: the database could not be reached, rather than every connection
	 * being in use. A connection lost in the middle of a transaction often surfaces only
	 * as the failed rollback that followed (the pool has closed the broken connection by
	 * then, and says so without a SQLSTATE), so the whole chain of causes is looked at,
	 * and a transaction that could not be rolled back counts as a lost connection.
	 */
	public static boolean isDatabaseGone(Throwable failure) {
		if (isBusy(failure)) {
			return false;
		}
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof org.hibernate.TransactionException
					|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the request waited its full turn for a connection while the database itself
	 * answered: the pool's time-out then carries no connection failure behind it (Hikari
	 * gives the last failure to connect as the cause, and forgets it once a connection
	 * succeeds).
	 */
	public static boolean isBusy(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException timedOut) {
				return timedOut.getCause() == null;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE 08: connection lost or refused; 53: the server out of connections; 57P:
	 * shutting down or starting.
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void unavailable(RuntimeException failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!isOutage(failure)) {
			throw failure;
		}
		if (isBusy(failure)) {
			request.setAttribute(BUSY, true);
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds(failure));
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/** Seconds to wait: a few when the site is busy, longer when its database is gone. */
	public static String retryAfterSeconds(Throwable failure) {
		return isBusy(failure) ? RETRY_AFTER_SECONDS_WHEN_BUSY : RETRY_AFTER_SECONDS;
	}

}
