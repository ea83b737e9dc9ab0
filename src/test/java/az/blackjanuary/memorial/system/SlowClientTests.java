package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send their bodies a byte at a time cannot stall the site: with the threads
 * and the body limits the site ships with, 48 such connections leave pages and health
 * answering at once, and a body that trickles on past its deadline is cut (here after 2 s
 * rather than 20, to keep the test short). Everything on loopback, bounded in count and
 * time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "memorial.rate-limit.enabled=true", "memorial.rate-limit.body-read-time=2s",
		"memorial.rate-limit.trusted-proxies=127.0.0.1" })
class SlowClientTests {

	/** Three times as many as the site has request threads (16). */
	private static final int SLOW_CONNECTIONS = 48;

	private static final String[] POSTED_TO = { "/tributes", "/tributes/1/report", "/timeline", "/admin/tributes",
			"/api/v1/tributes", "/login", "/carnations", "/tributes/yours/some-key" };

	private static final String[] UPLOADED_TO = { "/admin/images", "/admin/import", "/admin/names/import" };

	private static final Duration QUICKLY = Duration.ofSeconds(3);

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(QUICKLY).build();

	/**
	 * A started site, its pages and error pages rendered once: what is measured is
	 * waiting, not warming up.
	 */
	@BeforeEach
	void warmUp() throws Exception {
		for (String path : new String[] { "/actuator/health", "/?lang=en", "/no/such/page" }) {
			this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
		}
	}

	@Test
	void slowBodiesFromOneClientLeavePagesAndHealthAnswering() throws Exception {
		stayAnsweringWhileBodiesTrickleIn((i) -> null);
	}

	@Test
	void slowBodiesFromManyClientsLeavePagesAndHealthAnswering() throws Exception {
		stayAnsweringWhileBodiesTrickleIn((i) -> "198.51.100." + (i + 1));
	}

	/**
	 * Files are left to the container, outside the bodies' deadline: a visitor's upload
	 * is answered before a byte of it is read.
	 */
	@Test
	void slowUploadsFromVisitorsLeavePagesAndHealthAnswering() throws Exception {
		stayAnsweringWhileBodiesTrickleIn((i) -> UPLOADED_TO[i % UPLOADED_TO.length], (i) -> "198.51.100." + (i + 1),
				"multipart/form-data; boundary=slow");
	}

	@Test
	void aBodyThatTricklesPastItsDeadlineIsCutWith408() throws Exception {
		ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
		try (RawHttp slow = new RawHttp(this.port, Duration.ofSeconds(8))) {
			slow.send(head("/tributes", "203.0.113.77", 200));
			// The whole body would take 40 s at this pace.
			drip.scheduleAtFixedRate(() -> slow.trySend(new byte[] { 'a' }), 0, 200, TimeUnit.MILLISECONDS);
			long started = System.nanoTime();
			RawHttp.Answer cut = slow.answer();
			assertThat(cut.status()).isEqualTo(408);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
			assertThat(slow.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
		}
		finally {
			drip.shutdownNow();
		}
	}

	/**
	 * Opens the slow connections, each announcing a body of 1,000 bytes and sending one
	 * byte every half second, and meanwhile asks for health and the home page every
	 * second.
	 * @param forwardedFor the client each connection says it speaks for, behind the
	 * trusted proxy
	 */
	private void stayAnsweringWhileBodiesTrickleIn(IntFunction<String> forwardedFor) throws Exception {
		stayAnsweringWhileBodiesTrickleIn((i) -> POSTED_TO[i % POSTED_TO.length], forwardedFor, null);
	}

	/**
	 * @param type the bodies' type; null for each address's own (a form, or JSON for the
	 * API)
	 */
	private void stayAnsweringWhileBodiesTrickleIn(IntFunction<String> path, IntFunction<String> forwardedFor,
			String type) throws Exception {
		List<RawHttp> slow = new ArrayList<>();
		try {
			for (int i = 0; i < SLOW_CONNECTIONS; i++) {
				RawHttp connection = new RawHttp(this.port);
				slow.add(connection);
				connection.send(head(path.apply(i), forwardedFor.apply(i), 1_000, type));
			}
			for (int second = 0; second < 4; second++) {
				for (int half = 0; half < 2; half++) {
					slow.forEach((connection) -> connection.trySend(new byte[] { 'a' }));
					Thread.sleep(500);
				}
				assertAnswersQuickly("/actuator/health");
				assertAnswersQuickly("/?lang=en");
			}
		}
		finally {
			for (RawHttp connection : slow) {
				connection.close();
			}
		}
	}

	private void assertAnswersQuickly(String path) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(QUICKLY)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(QUICKLY);
	}

	private static byte[] head(String path, String forwardedFor, int length) {
		return head(path, forwardedFor, length, null);
	}

	private static byte[] head(String path, String forwardedFor, int length, String bodyType) {
		String type = (bodyType != null) ? bodyType
				: path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
		return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: "
				+ length + "\r\n" + ((forwardedFor != null) ? "X-Forwarded-For: " + forwardedFor + "\r\n" : "")
				+ "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
