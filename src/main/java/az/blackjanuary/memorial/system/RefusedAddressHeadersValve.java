package az.blackjanuary.memorial.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Tomcat answers some addresses itself, before the site sees them (an encoded slash, a
 * backslash, a NUL, a path that climbs above the root): such an answer carries the same
 * security headers as every page, and nobody waits for a body sent to such an address.
 */
class RefusedAddressHeadersValve extends ValveBase {

	RefusedAddressHeadersValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getContext() == null) {
			SiteHeaders.write(request, response);
			UnreadBodyValve.letGoOfTheRest(request, response);
		}
		getNext().invoke(request, response);
	}

}
