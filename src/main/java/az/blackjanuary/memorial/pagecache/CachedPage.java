package az.blackjanuary.memorial.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.springframework.http.HttpHeaders;

/**
 * A rendered page kept in memory: its bytes cut at the places where each response puts
 * its own value (a CSRF token, a form ticket), the same pieces compressed once, and what
 * the response says about them. Gzip needs no work per response: every piece is deflated
 * on its own (the compressor's memory is reset between pieces), and a response's own
 * values go between them as stored, uncompressed blocks, which any gzip reader accepts.
 */
final class CachedPage {

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/**
	 * Bytes a stored block adds before its content: the block header and the two length
	 * fields.
	 */
	private static final int STORED_BLOCK_OVERHEAD = 5;

	private final List<byte[]> pieces;

	/** Which per-response value goes after each piece but the last. */
	private final List<String> gaps;

	private final List<byte[]> deflatedPieces;

	private final String contentType;

	/**
	 * Headers the page set itself (its language, say), given again with every response.
	 */
	private final Map<String, List<String>> headers;

	/** The language the page was rendered in, parsed once; null if it said none. */
	private final Locale locale;

	/** A digest of the rendered bytes, placeholders included. */
	private final String digest;

	/**
	 * The route that rendered it, as the request log and the metrics name it; may be
	 * null.
	 */
	private final String route;

	private final long renderedAt;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private CachedPage(List<byte[]> pieces, List<String> gaps, String contentType, Map<String, List<String>> headers,
			String digest, String route, long renderedAt) {
		this.pieces = pieces;
		this.gaps = gaps;
		this.contentType = contentType;
		this.locale = localeOf(headers);
		this.headers = withoutLanguage(headers);
		this.digest = digest;
		this.route = route;
		this.renderedAt = renderedAt;
		this.deflatedPieces = deflate(pieces);
	}

	/** The same page, rendered again at another time. */
	private CachedPage(CachedPage same, long renderedAt) {
		this.pieces = same.pieces;
		this.gaps = same.gaps;
		this.contentType = same.contentType;
		this.locale = same.locale;
		this.headers = same.headers;
		this.digest = same.digest;
		this.route = same.route;
		this.renderedAt = renderedAt;
		this.deflatedPieces = same.deflatedPieces;
	}

	/**
	 * The page rendered again: the one kept before, with its new time, when nothing in it
	 * changed. Most pages change a few times a year and are rendered again every second;
	 * keeping the bytes already held spares compressing them anew, and spares the
	 * collector: pages replaced every second outlive young collections, and filled the
	 * old generation until a full collection stopped the site for 150-200 ms.
	 * @param before the page kept so far, or null
	 */
	static CachedPage renderedAgain(CachedPage before, byte[] body, Map<String, String> placeholders,
			String contentType, Map<String, List<String>> headers, String route, long renderedAt) {
		String digest = digestOf(body);
		if (before != null && before.digest.equals(digest) && before.contentType.equals(contentType)
				&& Objects.equals(before.route, route) && Objects.equals(before.locale, localeOf(headers))
				&& before.headers.equals(withoutLanguage(headers))) {
			return new CachedPage(before, renderedAt);
		}
		return cut(body, digest, placeholders, contentType, headers, route, renderedAt);
	}

	private static Locale localeOf(Map<String, List<String>> headers) {
		List<String> language = headers.get(HttpHeaders.CONTENT_LANGUAGE);
		return (language != null) ? Locale.forLanguageTag(language.get(0)) : null;
	}

	private static Map<String, List<String>> withoutLanguage(Map<String, List<String>> headers) {
		Map<String, List<String>> own = new LinkedHashMap<>(headers);
		own.remove(HttpHeaders.CONTENT_LANGUAGE);
		return own;
	}

	/**
	 * Cuts the rendered bytes at every placeholder.
	 * @param placeholders each placeholder and the name of the value it stands for
	 */
	static CachedPage of(byte[] body, Map<String, String> placeholders, String contentType,
			Map<String, List<String>> headers, String route, long renderedAt) {
		return cut(body, digestOf(body), placeholders, contentType, headers, route, renderedAt);
	}

	private static CachedPage cut(byte[] body, String digest, Map<String, String> placeholders, String contentType,
			Map<String, List<String>> headers, String route, long renderedAt) {
		List<byte[]> pieces = new ArrayList<>();
		List<String> gaps = new ArrayList<>();
		int from = 0;
		while (true) {
			int nearest = -1;
			String found = null;
			for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
				int at = indexOf(body, placeholder.getKey().getBytes(StandardCharsets.US_ASCII), from);
				if (at >= 0 && (nearest < 0 || at < nearest)) {
					nearest = at;
					found = placeholder.getKey();
				}
			}
			if (found == null) {
				break;
			}
			pieces.add(slice(body, from, nearest));
			gaps.add(placeholders.get(found));
			from = nearest + found.length();
		}
		pieces.add(slice(body, from, body.length));
		return new CachedPage(pieces, gaps, contentType, headers, digest, route, renderedAt);
	}

	String contentType() {
		return this.contentType;
	}

	/** The page's own headers but its language. */
	Map<String, List<String>> headers() {
		return this.headers;
	}

	/** The language the page was rendered in, or null. */
	Locale locale() {
		return this.locale;
	}

	/**
	 * The page's entity tag: strong over the bytes when every response gets the same
	 * ones; weak (equivalent, not byte for byte the same) when each response puts values
	 * of its own in, and then tied to what they depend on, such as the visitor's CSRF
	 * cookie. The gzipped bytes have a tag of their own.
	 */
	String etag(String valuesDependOn, boolean gzipped) {
		String encoding = gzipped ? "-gzip" : "";
		return this.gaps.isEmpty() ? "\"" + this.digest + encoding + "\""
				: "W/\"" + this.digest + "-" + valuesDependOn + encoding + "\"";
	}

	/** Names of the values each response puts into the page, in order. */
	List<String> gaps() {
		return this.gaps;
	}

	/** Bytes kept: the pieces plain and gzipped. */
	int size() {
		int size = 0;
		for (int i = 0; i < this.pieces.size(); i++) {
			size += this.pieces.get(i).length + this.deflatedPieces.get(i).length;
		}
		return size;
	}

	String route() {
		return this.route;
	}

	long renderedAt() {
		return this.renderedAt;
	}

	/**
	 * Whether this caller is the one to render the page again; all others keep serving it
	 * meanwhile.
	 */
	boolean claimRefresh() {
		return this.refreshing.compareAndSet(false, true);
	}

	int plainLength(List<String> values) {
		int length = 0;
		for (byte[] piece : this.pieces) {
			length += piece.length;
		}
		for (String value : values) {
			length += value.length();
		}
		return length;
	}

	int gzipLength(List<String> values) {
		int length = GZIP_HEADER.length + 8;
		for (byte[] piece : this.deflatedPieces) {
			length += piece.length;
		}
		for (String value : values) {
			length += STORED_BLOCK_OVERHEAD + value.length();
		}
		return length;
	}

	/** Writes the page with the given values (ASCII, one per gap) in their places. */
	void writePlain(OutputStream out, List<String> values) throws IOException {
		for (int i = 0; i < this.pieces.size(); i++) {
			out.write(this.pieces.get(i));
			if (i < values.size()) {
				out.write(values.get(i).getBytes(StandardCharsets.US_ASCII));
			}
		}
	}

	/**
	 * Writes the page gzipped: the pieces compressed in advance, the values as stored
	 * blocks.
	 */
	void writeGzip(OutputStream out, List<String> values) throws IOException {
		CRC32 crc = new CRC32();
		long size = 0;
		out.write(GZIP_HEADER);
		for (int i = 0; i < this.pieces.size(); i++) {
			byte[] piece = this.pieces.get(i);
			crc.update(piece);
			size += piece.length;
			out.write(this.deflatedPieces.get(i));
			if (i < values.size()) {
				byte[] value = values.get(i).getBytes(StandardCharsets.US_ASCII);
				int length = value.length;
				out.write(
						new byte[] { 0, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8) });
				out.write(value);
				crc.update(value);
				size += length;
			}
		}
		writeIntLittleEndian(out, (int) crc.getValue());
		writeIntLittleEndian(out, (int) size);
	}

	/**
	 * Each piece deflated on its own: a full flush after every piece but the last
	 * byte-aligns the stream and forgets what came before, so a value of any length can
	 * be put in between.
	 */
	private static List<byte[]> deflate(List<byte[]> pieces) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		try {
			List<byte[]> deflated = new ArrayList<>(pieces.size());
			byte[] buffer = new byte[16 * 1024];
			for (int i = 0; i < pieces.size(); i++) {
				boolean last = i == pieces.size() - 1;
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				deflater.setInput(pieces.get(i));
				if (last) {
					deflater.finish();
					while (!deflater.finished()) {
						out.write(buffer, 0, deflater.deflate(buffer));
					}
				}
				else {
					int written;
					do {
						written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
						out.write(buffer, 0, written);
					}
					while (written == buffer.length);
				}
				deflated.add(out.toByteArray());
			}
			return deflated;
		}
		finally {
			deflater.end();
		}
	}

	private static String digestOf(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
		}
		catch (NoSuchAlgorithmException unavailable) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", unavailable);
		}
	}

	private static void writeIntLittleEndian(OutputStream out, int value) throws IOException {
		out.write(new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) });
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		byte[] slice = new byte[to - from];
		System.arraycopy(bytes, from, slice, 0, slice.length);
		return slice;
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
