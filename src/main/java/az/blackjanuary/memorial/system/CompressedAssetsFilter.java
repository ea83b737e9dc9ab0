package az.blackjanuary.memorial.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The stylesheet and the other text assets compressed once, not on every request: in
 * Brotli for browsers that accept it (a sixth smaller than gzip for the stylesheet), else
 * gzipped at the strongest setting. The bytes are those the resource chain answers, its
 * rewritten font links included, compressed once per address and coding and kept: an
 * address carries a hash of its content, so what it names never changes, and only the few
 * addresses that exist answer 200. Everything else (no compression asked, 304, ranges)
 * passes as it is.
 */
final class CompressedAssetsFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(CompressedAssetsFilter.class);

	private static final Set<String> TEXT = Set.of("css", "svg", "webmanifest");

	private static final String BROTLI = "br";

	private static final String GZIP = "gzip";

	private final Encoder.Parameters strongest = new Encoder.Parameters().setQuality(11);

	/** The compressed bytes by coding and address. */
	private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();

	private final boolean brotliAvailable;

	CompressedAssetsFilter() {
		this.brotliAvailable = Brotli4jLoader.isAvailable();
		if (!this.brotliAvailable) {
			logger.warn("Brotli is not available on this platform: assets are sent gzipped or plain",
					Brotli4jLoader.getUnavailabilityCause());
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.RANGE) != null
				|| !TEXT.contains(path.substring(path.lastIndexOf('.') + 1)) || codingFor(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper plain = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, plain);
		if (plain.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
			plain.copyBodyToResponse();
			return;
		}
		String coding = codingFor(request);
		byte[] body = this.compressed.computeIfAbsent(coding + " " + request.getRequestURI(),
				(address) -> compress(plain.getContentAsByteArray(), coding));
		response.setHeader(HttpHeaders.CONTENT_ENCODING, coding);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Brotli where it is accepted and available, else gzip where accepted, else none. */
	private String codingFor(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (this.brotliAvailable && AcceptedCodings.accepts(accepted, BROTLI)) {
			return BROTLI;
		}
		return AcceptedCodings.accepts(accepted, GZIP) ? GZIP : null;
	}

	private byte[] compress(byte[] plain, String coding) {
		try {
			if (coding.equals(BROTLI)) {
				return Encoder.compress(plain, this.strongest);
			}
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(plain.length / 3);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
				{
					this.def.setLevel(Deflater.BEST_COMPRESSION);
				}
			}) {
				out.write(plain);
			}
			return gzipped.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("An asset could not be compressed", ex);
		}
	}

}
