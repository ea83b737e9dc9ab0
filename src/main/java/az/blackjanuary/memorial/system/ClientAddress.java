package az.blackjanuary.memorial.system;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.stereotype.Component;

/**
 * Who is asking. {@code X-Forwarded-For} is believed only when the request comes from a
 * configured proxy; anyone else could write any address into it. Tomcat's
 * {@link RemoteIpValve} reads the header before the site sees the request, so the address
 * the request carries is already the client's.
 */
@Component
public class ClientAddress {

	public String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	/**
	 * The valve that takes the client from {@code X-Forwarded-For}, trusting exactly the
	 * proxies given: the nearest address in the header that is not one of them is the
	 * client. None when no proxy is given, so that the header is never believed. Tomcat's
	 * own defaults would trust every private address and take the scheme from
	 * {@code X-Forwarded-Proto}: neither is wanted.
	 */
	static Optional<RemoteIpValve> valve(List<String> trustedProxies) {
		if (trustedProxies.isEmpty()) {
			return Optional.empty();
		}
		RemoteIpValve valve = new RemoteIpValve();
		valve.setInternalProxies(trustedProxies.stream().map(Pattern::quote).collect(Collectors.joining("|")));
		valve.setTrustedProxies(null);
		valve.setProtocolHeader(null);
		return Optional.of(valve);
	}

}
