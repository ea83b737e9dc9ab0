package az.blackjanuary.memorial.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.tomcat.util.http.Parameters;
import org.springframework.http.MediaType;

/**
 * A request whose body has been read whole ({@link RequestBodyFilter}): the body comes
 * from memory, and a form's fields are read from it the way Tomcat reads them (the same
 * decoding, the same refusal of bytes that are not valid UTF-8), after those of the
 * address.
 */
final class ReadBody extends HttpServletRequestWrapper {

	/**
	 * As many fields as Tomcat accepts by default: no form here has more than a dozen.
	 */
	private static final int MAX_FIELDS = 1000;

	private final byte[] body;

	private Map<String, String[]> parameters;

	ReadBody(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public ServletInputStream getInputStream() {
		return new BodyStream(this.body);
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), charset()));
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters().get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters().keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = parameters().get(name);
		return (values != null) ? values.clone() : null;
	}

	/**
	 * The address's fields, which Tomcat still reads (it no longer looks at a body that
	 * has been read), then the form's. Tomcat refuses bytes that are not UTF-8 in either
	 * with an {@code InvalidParameterException}, which {@link RequestSizeFilter} answers
	 * with 400.
	 */
	private Map<String, String[]> parameters() {
		if (this.parameters == null) {
			Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
			if (isForm()) {
				Parameters form = new Parameters();
				form.setCharset(charset());
				form.setLimit(MAX_FIELDS);
				form.processParameters(this.body, 0, this.body.length);
				for (String name : Collections.list(form.getParameterNames())) {
					all.merge(name, form.getParameterValues(name), ReadBody::concat);
				}
			}
			this.parameters = Collections.unmodifiableMap(all);
		}
		return this.parameters;
	}

	/** Like Tomcat, a form's fields are read from the body of a POST only. */
	private boolean isForm() {
		String type = getContentType();
		if (!"POST".equals(getMethod())) {
			return false;
		}
		try {
			return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
		}
		catch (IllegalArgumentException unreadable) {
			return false;
		}
	}

	private Charset charset() {
		String encoding = getCharacterEncoding();
		try {
			return (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException unknown) {
			return StandardCharsets.UTF_8;
		}
	}

	private static String[] concat(String[] first, String[] second) {
		String[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** The body from memory: always ready, never blocking. */
	private static final class BodyStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		BodyStream(byte[] body) {
			this.in = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return this.in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new IllegalStateException("The body has already been read whole");
		}

	}

}
