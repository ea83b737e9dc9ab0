package az.blackjanuary.memorial.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's body whole before anything else looks at it: at most 64 KiB, however
 * it is sent (with a length or in chunks), within a deadline, and only so many at once,
 * site-wide and per client. Tomcat gives each request a thread that waits while the body
 * trickles in, and its read timeout alone lets a client send one byte every few seconds
 * for ever; so a client that sends slowly holds a thread only until the deadline, one
 * client holds only a few, and all of them together leave most threads to pages and
 * health. A body refused here is not read any further ({@link UnreadBodyValve} closes the
 * connection rather than wait for it).
 */
class RequestBodyFilter extends OncePerRequestFilter {

	/**
	 * How long a client that is refused for sending too many bodies at once is asked to
	 * wait.
	 */
	static final String RETRY_AFTER_SECONDS = "5";

	private final RateLimitProperties limits;

	private final ClientAddress clients;

	private final Semaphore siteWide;

	private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();

	RequestBodyFilter(RateLimitProperties limits, ClientAddress clients) {
		this.limits = limits;
		this.clients = clients;
		this.siteWide = new Semaphore(limits.bodiesAtOnce());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !hasBody(request) || isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.clients.of(request);
		boolean counted = this.limits.enabled();
		if (counted && !enter(client)) {
			refuse(response, HttpStatus.TOO_MANY_REQUESTS);
			return;
		}
		byte[] body;
		try {
			body = readWhileThereIsRoom(request);
		}
		catch (BodyRefused refused) {
			refuse(response, refused.status);
			return;
		}
		finally {
			if (counted) {
				leave(client);
			}
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private byte[] readWhileThereIsRoom(HttpServletRequest request) throws BodyRefused {
		if (!this.siteWide.tryAcquire()) {
			throw new BodyRefused(HttpStatus.SERVICE_UNAVAILABLE);
		}
		try {
			return read(request);
		}
		finally {
			this.siteWide.release();
		}
	}

	/**
	 * The body, read to its end; refused when it grows past the limit or takes too long.
	 */
	private byte[] read(HttpServletRequest request) throws BodyRefused {
		long limit = RequestSizeFilter.LIMIT.toBytes();
		long deadline = System.nanoTime() + this.limits.bodyReadTime().toNanos();
		long announced = request.getContentLengthLong();
		ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(announced, 0), limit));
		byte[] buffer = new byte[8192];
		try {
			InputStream in = request.getInputStream();
			while (true) {
				if (System.nanoTime() - deadline > 0) {
					throw new BodyRefused(HttpStatus.REQUEST_TIMEOUT);
				}
				int read = in.read(buffer);
				if (read == -1) {
					return body.toByteArray();
				}
				if (body.size() + read > limit) {
					throw new BodyRefused(HttpStatus.CONTENT_TOO_LARGE);
				}
				body.write(buffer, 0, read);
			}
		}
		catch (IOException broken) {
			// Tomcat's read timeout (server.tomcat.connection-timeout) ran out between
			// two pieces,
			// or the body's framing was broken, or the client went away.
			throw new BodyRefused(timedOut(broken) ? HttpStatus.REQUEST_TIMEOUT : HttpStatus.BAD_REQUEST);
		}
	}

	private boolean enter(String client) {
		AtomicBoolean entered = new AtomicBoolean();
		this.perClient.compute(client, (key, sending) -> {
			int now = (sending != null) ? sending : 0;
			if (now >= this.limits.bodiesAtOncePerClient()) {
				return sending;
			}
			entered.set(true);
			return now + 1;
		});
		return entered.get();
	}

	private void leave(String client) {
		this.perClient.computeIfPresent(client, (key, sending) -> (sending > 1) ? sending - 1 : null);
	}

	/**
	 * Too many at once may try again soon; a body too large, too slow or broken may not.
	 */
	private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
		if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		RequestSizeFilter.refuse(response, status);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/**
	 * Files reach only a {@link LargeBodyRoute}, and the container reads them, within its
	 * multipart limits.
	 */
	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** Why a body was not read to its end. */
	private static final class BodyRefused extends Exception {

		private final HttpStatus status;

		BodyRefused(HttpStatus status) {
			super(status.getReasonPhrase(), null, false, false);
			this.status = status;
		}

	}

}
