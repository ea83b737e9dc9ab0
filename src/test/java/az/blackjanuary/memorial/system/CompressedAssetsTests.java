package az.blackjanuary.memorial.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet over real HTTP: in Brotli to a browser that accepts it, decoding to the
 * very bytes a browser without compression gets (font links rewritten to their hashed
 * addresses included), with the site's security headers and its year-long caching;
 * gzipped to one that takes gzip only; plain to one that refuses both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressedAssetsTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/css/site-[0-9a-f]+\\.css)\"");

	@LocalServerPort
	private int port;

	private SiteClient site;

	private String stylesheet;

	@BeforeEach
	void findTheStylesheet() throws Exception {
		this.site = new SiteClient(this.port);
		Matcher link = STYLESHEET.matcher(this.site.get("/").body());
		assertThat(link.find()).as("the home page links its stylesheet").isTrue();
		this.stylesheet = link.group(1);
	}

	@Test
	void aBrowserThatAcceptsBrotliGetsTheSameStylesheetInBrotli() throws Exception {
		HttpResponse<byte[]> plain = fetch("identity");
		for (int visit = 0; visit < 2; visit++) {
			HttpResponse<byte[]> brotli = fetch("gzip, deflate, br");
			assertKeptAYearIn("br", brotli);
			assertThat(brotli.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((cache) -> assertThat(cache).contains("public"));
			assertThat(brotli.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(brotli.body().length).isLessThan(plain.body().length / 3);
			assertThat(unbrotli(brotli.body())).isEqualTo(plain.body());
		}
		assertThat(new String(plain.body())).containsPattern("fonts/noto-sans-az-400-normal-[0-9a-f]{32}\\.woff2");
	}

	@Test
	void aBrowserThatTakesGzipOnlyGetsTheSameStylesheetGzipped() throws Exception {
		HttpResponse<byte[]> plain = fetch("identity");
		for (int visit = 0; visit < 2; visit++) {
			HttpResponse<byte[]> gzipped = fetch("gzip, br;q=0");
			assertKeptAYearIn("gzip", gzipped);
			assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
			try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
				assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
			}
		}
	}

	@Test
	void aBrowserThatRefusesBrotliAndGzipGetsItPlain() throws Exception {
		HttpResponse<byte[]> refused = fetch("br;q=0, gzip;q=0");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(fetch("identity").body());
	}

	/**
	 * The stylesheet answered in the coding, for caches to tell apart and keep a year.
	 */
	private static void assertKeptAYearIn(String coding, HttpResponse<byte[]> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Encoding")).hasValue(coding);
		assertThat(answer.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
		assertThat(answer.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000", "immutable"));
	}

	private HttpResponse<byte[]> fetch(String acceptEncoding) throws IOException, InterruptedException {
		return this.site.getBytes(this.stylesheet, Map.of("Accept", "text/css", "Accept-Encoding", acceptEncoding));
	}

	private static byte[] unbrotli(byte[] compressed) throws IOException {
		Brotli4jLoader.ensureAvailability();
		DirectDecompress decoded = Decoder.decompress(compressed);
		assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
		return decoded.getDecompressedData();
	}

}
