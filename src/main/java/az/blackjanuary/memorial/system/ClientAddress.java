package az.blackjanuary.memorial.system;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who is asking. {@code X-Forwarded-For} is believed only when the request comes from a
 * configured proxy; anyone else could write any address into it.
 */
@Component
public class ClientAddress {

	private final List<String> trustedProxies;

	ClientAddress(RateLimitProperties properties) {
		this.trustedProxies = properties.trustedProxies();
	}

	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || !this.trustedProxies.contains(peer)) {
			return peer;
		}
		// The nearest address that is not one of our proxies is the client.
		List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter((hop) -> !hop.isEmpty()).toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!this.trustedProxies.contains(hops.get(i))) {
				return hops.get(i);
			}
		}
		return peer;
	}

}
