package az.blackjanuary.memorial.system;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP written by hand on one loopback connection, for what a browser or the JDK's client
 * will not send: a forged Host, an address exactly as typed, a body that trickles in or
 * never ends. Reads bound by a timeout, so that a test fails rather than hangs.
 */
public final class RawHttp implements Closeable {

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	public RawHttp(int port) throws IOException {
		this(port, Duration.ofSeconds(10));
	}

	public RawHttp(int port, Duration readTimeout) throws IOException {
		this.socket = new Socket();
		this.socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
		this.socket.setSoTimeout((int) readTimeout.toMillis());
		this.out = this.socket.getOutputStream();
		this.in = this.socket.getInputStream();
	}

	/**
	 * One request on a new connection, with {@code Connection: close}; the head's lines
	 * without the final blank line.
	 */
	public static Answer exchange(int port, String... headLines) throws IOException {
		try (RawHttp http = new RawHttp(port)) {
			http.send(String.join("\r\n", headLines) + "\r\nConnection: close\r\n\r\n");
			return http.answer();
		}
	}

	public RawHttp send(String text) throws IOException {
		return send(text.getBytes(StandardCharsets.UTF_8));
	}

	public RawHttp send(byte[] bytes) throws IOException {
		this.out.write(bytes);
		this.out.flush();
		return this;
	}

	/** Sends bytes, or says that the server has closed the connection (false). */
	public boolean trySend(byte[] bytes) {
		try {
			send(bytes);
			return true;
		}
		catch (IOException closed) {
			return false;
		}
	}

	/** One chunk of a chunked body. */
	public RawHttp sendChunk(byte[] chunk) throws IOException {
		return send((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII)).send(chunk)
			.send("\r\n");
	}

	/**
	 * The answer: its head, then its body by its length, its chunks or the end of the
	 * connection.
	 */
	public Answer answer() throws IOException {
		String head = new String(readHead(), StandardCharsets.ISO_8859_1);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers
				.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						(name) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).strip());
		}
		byte[] body;
		if (headers.containsKey("content-length")) {
			body = this.in.readNBytes(Integer.parseInt(headers.get("content-length").get(0)));
		}
		else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
			body = readChunks();
		}
		else {
			body = readToTheEnd();
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	/**
	 * Whether the server closes the connection within the time given, with nothing more
	 * to say.
	 */
	public boolean closedByServerWithin(Duration time) throws IOException {
		this.socket.setSoTimeout((int) time.toMillis());
		try {
			return this.in.read() == -1;
		}
		catch (SocketTimeoutException stillOpen) {
			return false;
		}
		catch (SocketException reset) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private byte[] readHead() throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < end.length) {
			int next = this.in.read();
			if (next == -1) {
				throw new IOException("The connection closed before an answer: " + head);
			}
			head.write(next);
			matched = (next == end[matched]) ? matched + 1 : (next == '\r' ? 1 : 0);
		}
		byte[] bytes = head.toByteArray();
		return Arrays.copyOf(bytes, bytes.length - end.length);
	}

	private byte[] readChunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = readLine();
			int length = Integer.parseInt(size.split(";")[0].strip(), 16);
			if (length == 0) {
				readLine();
				return body.toByteArray();
			}
			body.write(this.in.readNBytes(length));
			readLine();
		}
	}

	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int next;
		while ((next = this.in.read()) != -1 && next != '\n') {
			if (next != '\r') {
				line.write(next);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	private byte[] readToTheEnd() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			int read;
			while ((read = this.in.read(buffer)) != -1) {
				body.write(buffer, 0, read);
			}
		}
		catch (SocketException reset) {
			// Closed after its answer: what arrived is the answer.
		}
		return body.toByteArray();
	}

	/**
	 * @param headers by lower-case name
	 */
	public record Answer(int status, Map<String, List<String>> headers, String body) {

		public Optional<String> header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
		}

	}

}
