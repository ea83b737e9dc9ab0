package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * The stylesheet and the other text assets in Brotli for browsers that accept it (a sixth
 * smaller than gzip for the stylesheet). The bytes are those the resource chain answers,
 * its rewritten font links included, compressed at the strongest setting once per address
 * and kept: an address carries a hash of its content, so what it names never changes, and
 * only the few addresses that exist answer 200. Everything else (other encodings, 304,
 * ranges) passes as it is.
 */
final class BrotliAssetsFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(BrotliAssetsFilter.class);

	private static final Set<String> TEXT = Set.of("css", "svg", "webmanifest");

	private final Encoder.Parameters strongest = new Encoder.Parameters().setQuality(11);

	private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();

	private final boolean available;

	BrotliAssetsFilter() {
		this.available = Brotli4jLoader.isAvailable();
		if (!this.available) {
			logger.warn("Brotli is not available on this platform: assets are sent gzipped or plain",
					Brotli4jLoader.getUnavailabilityCause());
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !this.available || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.RANGE) != null
				|| !TEXT.contains(path.substring(path.lastIndexOf('.') + 1)) || !acceptsBrotli(request);
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
		byte[] body = this.compressed.computeIfAbsent(request.getRequestURI(),
				(address) -> compress(plain.getContentAsByteArray()));
		response.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private byte[] compress(byte[] plain) {
		try {
			return Encoder.compress(plain, this.strongest);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Brotli could not compress an asset", ex);
		}
	}

	/** Whether Accept-Encoding names br without refusing it (q=0). */
	private static boolean acceptsBrotli(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.trim().split(";");
			if ("br".equalsIgnoreCase(parts[0].trim())) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

}
