package az.blackjanuary.memorial.system;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each request passes through the valve the site gives Tomcat, as on a running server.
 */
class ClientAddressTests {

	private final ClientAddress clients = new ClientAddress();

	@Test
	void withoutATrustedProxyTheForwardedHeaderIsIgnored() throws Exception {
		assertThat(clientOf(List.of(), "198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
	}

	@Test
	void behindATrustedProxyTheNearestUntrustedHopIsTheClient() throws Exception {
		List<String> proxies = List.of("10.0.0.1", "10.0.0.2");
		assertThat(clientOf(proxies, "10.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
		// A client cannot hide behind an address it writes itself at the start of the
		// header.
		assertThat(clientOf(proxies, "10.0.0.1", "192.0.2.1, 203.0.113.9, 10.0.0.2")).isEqualTo("203.0.113.9");
		assertThat(clientOf(proxies, "10.0.0.1", null)).isEqualTo("10.0.0.1");
	}

	@Test
	void aPrivateAddressIsNoProxyUnlessItIsConfigured() throws Exception {
		assertThat(clientOf(List.of("10.0.0.1"), "10.0.0.9", "203.0.113.9")).isEqualTo("10.0.0.9");
	}

	private String clientOf(List<String> trustedProxies, String peer, String forwardedFor) throws Exception {
		Request request = new Request(new Connector(), new org.apache.coyote.Request());
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
		}
		Optional<RemoteIpValve> valve = ClientAddress.valve(trustedProxies);
		if (valve.isEmpty()) {
			return this.clients.of(request);
		}
		AtomicReference<String> seen = new AtomicReference<>();
		valve.get().setNext(new ValveBase() {
			@Override
			public void invoke(Request passed, Response response) {
				seen.set(ClientAddressTests.this.clients.of(passed));
			}
		});
		valve.get().invoke(request, null);
		return seen.get();
	}

}
