package az.blackjanuary.memorial.system;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test
	void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
		ClientAddress clients = new ClientAddress(new RateLimitProperties(true, 3, 30, 10, 10, 10, 30, List.of(),
				Duration.ofSeconds(20), 100, 8));
		assertThat(clients.of(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
	}

	@Test
	void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
		ClientAddress clients = new ClientAddress(new RateLimitProperties(true, 3, 30, 10, 10, 10, 30,
				List.of("10.0.0.1", "10.0.0.2"), Duration.ofSeconds(20), 100, 8));
		assertThat(clients.of(request("10.0.0.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
		// A client cannot hide behind an address it writes itself at the start of the header.
		assertThat(clients.of(request("10.0.0.1", "192.0.2.1, 203.0.113.9, 10.0.0.2"))).isEqualTo("203.0.113.9");
		assertThat(clients.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

}
