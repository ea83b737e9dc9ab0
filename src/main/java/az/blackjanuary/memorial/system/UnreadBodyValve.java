package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Once the site has answered, Tomcat reads to its end whatever of the body nobody read (a
 * post refused before its body was looked at: too large, too often, too many at once)
 * before it lets the thread go, at the client's pace: one byte every few seconds held a
 * thread for minutes. What has already arrived is drained at once, so that an ordinary
 * client reads the answer on a connection that stays open; when more is still to come,
 * the answer says that the connection closes, and it is closed after the answer instead
 * of waiting for the rest. Runs as the application's answer is complete, before Tomcat
 * renders an error page for it.
 */
class UnreadBodyValve extends ValveBase {

	/** Drained only from what has already arrived, and no more than this. */
	private static final int MAX_DRAINED = 1024 * 1024;

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (!request.isAsync()) {
			letGoOfTheRest(request, response);
		}
	}

	/**
	 * Drains what has arrived of an unread body; if more is to come, closes the
	 * connection after the answer.
	 */
	static void letGoOfTheRest(Request request, Response response) {
		if (fullyRead(request)) {
			return;
		}
		drainWhatHasArrived(request);
		if (!fullyRead(request)) {
			if (!response.isCommitted()) {
				response.setHeader("Connection", "close");
			}
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

	private static void drainWhatHasArrived(Request request) {
		org.apache.coyote.Request coyote = request.getCoyoteRequest();
		byte[] buffer = new byte[8192];
		try {
			InputStream body = request.getInputStream();
			for (int drained = 0; drained < MAX_DRAINED && !fullyRead(request);) {
				coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
				if (coyote.getAvailable() <= 0) {
					return;
				}
				int read = body.read(buffer);
				if (read < 0) {
					return;
				}
				drained += read;
			}
		}
		catch (IOException | IllegalStateException unreadable) {
			// Already read as characters, or broken: the connection is closed instead.
		}
	}

	private static boolean fullyRead(Request request) {
		AtomicBoolean fullyRead = new AtomicBoolean();
		request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
		return fullyRead.get();
	}

}
