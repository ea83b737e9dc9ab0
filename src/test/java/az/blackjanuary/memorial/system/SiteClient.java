package az.blackjanuary.memorial.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor's browser, as far as tests need one: real HTTP to a running server, cookies
 * kept, redirects not followed so that tests can look at them.
 */
public class SiteClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HIDDEN_FIELD = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final HttpClient http;

	private final String base;

	public SiteClient(int port) {
		this(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), port);
	}

	private SiteClient(HttpClient http, int port) {
		this.http = http;
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * The same browser, its cookies and all, turned to another server: another instance
	 * of the site.
	 */
	public SiteClient at(int port) {
		return new SiteClient(this.http, port);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	/**
	 * A GET with headers of the test's choosing (Accept-Encoding, If-None-Match), its
	 * body as sent.
	 */
	public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
		headers.forEach(request::setHeader);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a form the way a browser does: with the hidden fields of the page the form
	 * was on, its CSRF token among them.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		return submit(formPage, action, fields, Map.of());
	}

	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields,
			Map<String, String> headers) throws IOException, InterruptedException {
		return post(action, formFields(get(formPage).body(), fields), headers);
	}

	/**
	 * The fields a browser sends from the form on a page: its hidden ones, the token
	 * among them, and those filled in.
	 */
	public static Map<String, String> formFields(String page, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>();
		Matcher hidden = HIDDEN_FIELD.matcher(page);
		while (hidden.find()) {
			all.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		all.put("_csrf", csrfToken(page));
		all.putAll(fields);
		return all;
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		return post(path, fields, Map.of());
	}

	public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::setHeader);
		return send(request.build());
	}

	/**
	 * Posts a form body without saying its length, as a client that streams it does
	 * (chunked).
	 */
	public HttpResponse<String> postWithoutLength(String path, String formBody)
			throws IOException, InterruptedException {
		byte[] body = formBody.getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build());
	}

	/**
	 * Uploads a file the way a browser sends a form with a file field: multipart, with
	 * the CSRF token of the page the form is on.
	 */
	public HttpResponse<String> upload(String formPage, String action, String field, String filename, byte[] content)
			throws IOException, InterruptedException {
		return upload(formPage, action, Map.of(), field, filename, content);
	}

	/** Uploads a file with the other fields of its form. */
	public HttpResponse<String> upload(String formPage, String action, Map<String, String> fields, String field,
			String filename, byte[] content) throws IOException, InterruptedException {
		String boundary = "----memorial-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken(get(formPage).body()));
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** A path on the site, or an absolute address such as a redirect's Location. */
	private URI uri(String pathOrAddress) {
		return URI.create(pathOrAddress.startsWith("http") ? pathOrAddress : this.base + pathOrAddress);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF_FIELD.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("The page has no form with a CSRF token");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
