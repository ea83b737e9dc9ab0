package az.blackjanuary.memorial.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body sent in chunks, without a length, is refused at 64 KiB like any other, on every
 * route, the JSON API included: answered 413 as soon as it passes the limit, and the rest
 * is neither waited for nor read (the client here never even finishes it). A server that
 * waited for the rest would answer 408 after its read timeout (10 s) instead; so the 413
 * proves it, and the generous time allowed to read it only keeps a busy machine from
 * failing the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChunkedBodyLimitTests {

	private static final int KIB = 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "/api/v1/tributes, application/json, application/json, application/problem+json",
			"/tributes?lang=en, application/x-www-form-urlencoded, text/html, text/html",
			"/timeline, application/x-www-form-urlencoded, text/html, text/html",
			"/actuator/health, application/json, */*, text/html" })
	void aChunkedBodyIsRefusedAt64KibWithoutWaitingForTheRest(String path, String type, String accept,
			String answeredAs) throws Exception {
		String marker = "chunked-" + System.nanoTime();
		String opening = type.equals("application/json") ? "{\"message\": \"" + marker : "message=" + marker;
		try (RawHttp client = new RawHttp(this.port, Duration.ofSeconds(30))) {
			client.send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nAccept: "
					+ accept + "\r\nTransfer-Encoding: chunked\r\n\r\n");
			client.sendChunk(opening.getBytes(StandardCharsets.US_ASCII));
			byte[] words = new byte[8 * KIB];
			Arrays.fill(words, (byte) 'a');
			// 72 KiB and then nothing: the body is never finished.
			for (int sent = 0; sent < 72 * KIB; sent += words.length) {
				client.sendChunk(words);
			}
			RawHttp.Answer refused = client.answer();
			assertThat(refused.status()).isEqualTo(413);
			assertThat(refused.header("Content-Type"))
				.hasValueSatisfying((answered) -> assertThat(answered).startsWith(answeredAs));
			assertThat(refused.body()).doesNotContain("Exception").doesNotContain("\"timestamp\"");
			assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from tribute where message like ?", Integer.class,
				marker + "%"))
			.isZero();
	}

}
