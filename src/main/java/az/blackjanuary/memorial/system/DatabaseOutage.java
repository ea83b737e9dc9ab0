package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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
 * unexpected error: nothing is wrong with the request, and the connection pool reconnects by
 * itself once the database is back, so the visitor only has to try again a little later.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class DatabaseOutage {

	/** How long a visitor or client is asked to wait, in seconds. */
	public static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * Whether a failure means that the database could not be reached, rather than a fault in
	 * the request. A connection lost in the middle of a transaction often surfaces only as the
	 * failed rollback that followed (the pool has closed the broken connection by then, and
	 * says so without a SQLSTATE), so the whole chain of causes is looked at, and a transaction
	 * that could not be rolled back counts as a lost connection.
	 */
	public static boolean isOutage(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof org.hibernate.TransactionException
					|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE 08: connection lost or refused; 53: the server out of connections; 57P: shutting down or starting. */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void unavailable(RuntimeException failure, HttpServletResponse response) throws IOException {
		if (!isOutage(failure)) {
			throw failure;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
