import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

/**
 * The anniversary drill's visitors and editor (ops/drill.sh runs it and restarts an instance
 * meanwhile). Through nginx, for a bounded time: readers load pages, visitors leave tributes
 * (each from an address of its own, as on the day) and lay carnations, an editor signs in,
 * uploads a phone's photograph, approves tributes and publishes a release. Every answer is counted by status; every
 * acknowledged tribute is written down for the script to find in the database; at the end the
 * editor must still be signed in and the photograph, the approvals and the publication must
 * show on each instance, asked directly.
 *
 * Usage: java ops/Drill.java SITE_URL INSTANCE_URL,INSTANCE_URL MAX_SECONDS OUT_DIR ADMIN_PASSWORD RUN_ID
 * It stops after MAX_SECONDS, or earlier once the file OUT_DIR/stop exists.
 */
public class Drill {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final Pattern QUEUED_ID = Pattern.compile("name=\"id\" value=\"(\\d+)\"");

	private static final Pattern FIELD_ERROR = Pattern.compile("class=\"field__error\"[^>]*>([^<]*)<");

	private static final Pattern SMALLEST_RENDITION = Pattern.compile("/images/[0-9a-f]+-480\\.jpg");

	/** The editor publishes while the rolling restart is under way (it begins after 10 s). */
	private static final Duration PUBLISH_AFTER = Duration.ofSeconds(15);

	private final String site;

	private final String runId;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();

	private final LongAdder transportErrors = new LongAdder();

	/** Reads whose connection dropped once and that were asked again, as a browser reloads. */
	private final LongAdder readsRetried = new LongAdder();

	/**
	 * Posts whose kept-alive connection closed before a single byte of an answer, sent again
	 * as browsers do; a post that was taken all the same would show as a tribute stored
	 * twice or a carnation counted twice.
	 */
	private final LongAdder postsResent = new LongAdder();

	private final Queue<String> ackedTributes = new ConcurrentLinkedQueue<>();

	private final LongAdder ackedCarnations = new LongAdder();

	private final LongAdder editorSignedOut = new LongAdder();

	private final Queue<Long> approved = new ConcurrentLinkedQueue<>();

	private volatile String publishedTitle;

	/** Where the photograph the editor uploaded is served, once it is kept. */
	private volatile String photograph;

	Drill(String site, String runId) {
		this.site = site;
		this.runId = runId;
	}

	public static void main(String[] args) throws Exception {
		String site = args[0];
		List<String> instances = List.of(args[1].split(","));
		Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
		Path out = Path.of(args[3]);
		String password = args[4];
		Drill drill = new Drill(site, args[5]);

		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			workers.add(start("reader-" + i, drill::read));
		}
		for (int i = 0; i < 6; i++) {
			int worker = i;
			workers.add(start("writer-" + i, () -> drill.leaveTributes(worker)));
		}
		for (int i = 0; i < 2; i++) {
			workers.add(start("carnations-" + i, drill::layCarnations));
		}
		Visitor editor = new Visitor(drill);
		workers.add(start("editor", () -> drill.edit(editor, password)));

		// Until the longest time, or until the script says the restart is over and well behind.
		Path stop = out.resolve("stop");
		long deadline = System.nanoTime() + length.toNanos();
		while (System.nanoTime() < deadline && !Files.exists(stop)) {
			Thread.sleep(200);
		}
		drill.running.set(false);
		for (Thread worker : workers) {
			worker.join();
		}

		boolean ok = drill.report(editor, instances, out);
		System.exit(ok ? 0 : 1);
	}

	private static Thread start(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.start();
		return thread;
	}

	private void read() {
		List<String> pages = List.of("/", "/timeline", "/releases", "/tributes", "/?lang=en", "/tributes?lang=ru",
				"/releases?lang=en", "/feed.atom", "/sitemap.xml");
		Visitor reader = new Visitor(this);
		while (this.running.get()) {
			String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
			reader.get(page, page.endsWith(".atom") || page.endsWith(".xml") ? "*/*" : "text/html");
			// Readers take a moment between pages, so that the drill measures the restart, not the cores.
			pause(100);
		}
	}

	private void leaveTributes(int worker) {
		Visitor visitor = new Visitor(this);
		for (int n = 0; this.running.get(); n++) {
			visitor.becomeSomeoneElse();
			Optional<HttpResponse<String>> form = visitor.get("/tributes");
			if (form.isEmpty() || form.get().statusCode() != 200) {
				continue;
			}
			// A person takes a few seconds to write; a form sent faster is taken for a bot's.
			pause(3200);
			String message = "Drill " + this.runId + " " + worker + "-" + n + ": we remember them.";
			Map<String, String> fields = hiddenFields(form.get().body());
			fields.put("website", "");
			fields.put("name", "Drill visitor " + worker);
			fields.put("nameShown", "FULL");
			fields.put("place", "Baku");
			fields.put("message", message);
			visitor.post("/tributes", fields)
				.filter((sent) -> sent.statusCode() == 302
						&& sent.headers().firstValue("Location").orElse("").contains("received"))
				.ifPresent((sent) -> this.ackedTributes.add(message));
		}
	}

	private void layCarnations() {
		Visitor visitor = new Visitor(this);
		while (this.running.get()) {
			visitor.becomeSomeoneElse();
			Optional<HttpResponse<String>> home = visitor.get("/");
			if (home.isEmpty() || home.get().statusCode() != 200) {
				continue;
			}
			Map<String, String> fields = hiddenFields(home.get().body());
			// Well under the thirty a minute one visitor may lay.
			for (int i = 0; i < 20 && this.running.get(); i++) {
				visitor.post("/carnations", Map.of("_csrf", fields.get("_csrf")))
					.filter((laid) -> laid.statusCode() == 302
							&& laid.headers().firstValue("Location").orElse("").contains("carnation=laid"))
					.ifPresent((laid) -> this.ackedCarnations.increment());
				pause(150);
			}
		}
	}

	private void edit(Visitor editor, String password) {
		Map<String, String> signIn = editor.get("/login").map((page) -> hiddenFields(page.body())).orElseThrow();
		signIn.put("username", "admin");
		signIn.put("password", password);
		HttpResponse<String> signedIn = editor.post("/login", signIn).orElseThrow();
		String landing = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || !landing.startsWith("/admin")) {
			System.err.println("The editor could not sign in: " + signedIn.statusCode() + " " + landing);
			this.editorSignedOut.increment();
			return;
		}
		uploadPhotograph(editor);
		long started = System.nanoTime();
		while (this.running.get()) {
			stillSignedIn(editor);
			approveOne(editor);
			long elapsed = System.nanoTime() - started;
			if (this.publishedTitle == null && elapsed > PUBLISH_AFTER.toNanos()) {
				publish(editor);
			}
			pause(1500);
		}
	}

	private void stillSignedIn(Visitor editor) {
		editor.get("/admin").filter((page) -> page.statusCode() != 200).ifPresent((page) -> {
			System.err.println("The editor was signed out: " + page.statusCode());
			this.editorSignedOut.increment();
		});
	}

	private void approveOne(Visitor editor) {
		Optional<HttpResponse<String>> queue = editor.get("/admin/tributes");
		if (queue.isEmpty() || queue.get().statusCode() != 200) {
			return;
		}
		Matcher queued = QUEUED_ID.matcher(queue.get().body());
		if (!queued.find()) {
			return;
		}
		long id = Long.parseLong(queued.group(1));
		Map<String, String> fields = hiddenFields(queue.get().body());
		fields.put("id", String.valueOf(id));
		fields.put("decision", "APPROVED");
		editor.post("/admin/tributes", fields)
			.filter((decided) -> decided.statusCode() == 302)
			.ifPresent((decided) -> this.approved.add(id));
	}

	/**
	 * A phone's photograph, 12 megapixels, through nginx: what an editor sends most, and what
	 * the instance must decode beside the pages without running out of memory.
	 */
	private void uploadPhotograph(Visitor editor) {
		Map<String, String> fields = editor.get("/admin/images/new")
			.map((page) -> hiddenFields(page.body()))
			.orElseThrow();
		fields.put("kind", "PHOTO");
		fields.put("texts[az].altText", "Təlim şəkli " + this.runId);
		fields.put("texts[en].altText", "Drill photograph " + this.runId);
		fields.put("texts[ru].altText", "Учебный снимок " + this.runId);
		fields.put("credit", "Drill");
		Optional<HttpResponse<String>> answer = editor.upload("/admin/images", fields, "drill.jpg", phonePhotograph());
		Optional<String> imagePage = answer.filter((kept) -> kept.statusCode() == 302)
			.flatMap((kept) -> kept.headers().firstValue("Location"));
		if (imagePage.isEmpty()) {
			System.err.println("The photograph could not be uploaded: "
					+ answer.map((refused) -> refused.statusCode() + " " + errorsOn(refused.body())).orElse("no answer"));
			return;
		}
		editor.get(imagePage.get())
			.map((page) -> SMALLEST_RENDITION.matcher(page.body()))
			.filter(Matcher::find)
			.ifPresent((rendition) -> this.photograph = rendition.group());
	}

	/** 4032 × 3024 pixels with a camera's grain, so that it is as large as a real one. */
	private byte[] phonePhotograph() {
		BufferedImage image = new BufferedImage(4032, 3024, BufferedImage.TYPE_INT_RGB);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int grey = (x + y) * 200 / (image.getWidth() + image.getHeight()) + random.nextInt(32);
				image.setRGB(x, y, grey << 16 | grey << 8 | grey);
			}
		}
		try {
			ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", jpeg);
			return jpeg.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void publish(Visitor editor) {
		String title = "Drill release " + this.runId;
		Map<String, String> fields = editor.get("/admin/releases/new")
			.map((page) -> hiddenFields(page.body()))
			.orElseThrow();
		fields.put("commemoratedOn", "2026-01-20");
		fields.put("texts[en].title", title);
		fields.put("texts[en].body", "We remember the night of 19–20 January 1990.");
		Optional<String> releasePage = editor.post("/admin/releases", fields)
			.filter((created) -> created.statusCode() == 302)
			.flatMap((created) -> created.headers().firstValue("Location"));
		if (releasePage.isEmpty()) {
			System.err.println("The release could not be created");
			return;
		}
		Map<String, String> publishing = editor.get(releasePage.get())
			.map((page) -> hiddenFields(page.body()))
			.orElseThrow();
		editor.post(releasePage.get() + "/publish", Map.of("_csrf", publishing.get("_csrf")))
			.filter((published) -> published.statusCode() == 302)
			.ifPresent((published) -> this.publishedTitle = title);
	}

	private boolean report(Visitor editor, List<String> instances, Path out) throws Exception {
		stillSignedIn(editor);
		Files.createDirectories(out);
		Files.write(out.resolve("acked-tributes.txt"), new ArrayList<>(this.ackedTributes));
		Files.writeString(out.resolve("acked-carnations.txt"), this.ackedCarnations.sum() + "\n");

		// Tributes are approved oldest first: the last one approved is the newest on the wall.
		long lastApproved = this.approved.stream().mapToLong(Long::longValue).max().orElse(-1);
		boolean shownEverywhere = this.publishedTitle != null && lastApproved > 0 && this.photograph != null;
		for (String instance : instances) {
			Visitor direct = new Visitor(this, instance);
			if (this.photograph != null) {
				shownEverywhere &= direct.get(this.photograph, "image/*").filter((image) -> image.statusCode() == 200).isPresent();
			}
			shownEverywhere &= shows(direct, "/api/v1/tributes", "application/json", "\"id\":" + lastApproved + ",");
			if (this.publishedTitle != null) {
				shownEverywhere &= shows(direct, "/releases?lang=en", "text/html", this.publishedTitle);
			}
		}
		long requests = this.answers.values().stream().mapToLong(LongAdder::sum).sum() + this.transportErrors.sum();
		long serverErrors = this.answers.entrySet()
			.stream()
			.filter((answer) -> answer.getKey().startsWith("5"))
			.mapToLong((answer) -> answer.getValue().sum())
			.sum();
		Map<String, Long> byStatus = new TreeMap<>(this.answers.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (answer) -> answer.getValue().sum())));
		System.out.println("requests " + requests);
		System.out.println("answers by status " + byStatus);
		System.out.println("server errors (5xx) " + serverErrors);
		System.out.println("connections failed " + this.transportErrors.sum());
		System.out.println("reads whose connection dropped, asked again " + this.readsRetried.sum());
		System.out.println("posts whose connection closed before any answer, sent again " + this.postsResent.sum());
		System.out.println("tributes acknowledged " + this.ackedTributes.size());
		System.out.println("carnations acknowledged " + this.ackedCarnations.sum());
		System.out.println("tributes approved by the editor " + this.approved.size());
		System.out.println("photograph uploaded (12 megapixels) " + (this.photograph != null));
		System.out.println("release published " + (this.publishedTitle != null));
		System.out.println("editor signed out during the drill " + this.editorSignedOut.sum());
		System.out.println("photograph, approvals and publication shown on every instance " + shownEverywhere);
		return serverErrors == 0 && this.transportErrors.sum() == 0 && this.editorSignedOut.sum() == 0
				&& shownEverywhere;
	}

	/** Whether a page shows the text, within a few seconds (pages are cached for a second). */
	private static boolean shows(Visitor visitor, String path, String accept, String text) {
		for (int attempt = 0; attempt < 10; attempt++) {
			Optional<HttpResponse<String>> page = visitor.get(path, accept);
			if (page.isPresent() && page.get().statusCode() == 200 && page.get().body().contains(text)) {
				return true;
			}
			pause(500);
		}
		System.err.println("Not shown: " + visitor.base + path);
		return false;
	}

	/** What a form page sent back says was wrong, as the editor reads it. */
	private static String errorsOn(String page) {
		List<String> errors = new ArrayList<>();
		Matcher error = FIELD_ERROR.matcher(page);
		while (error.find()) {
			errors.add(error.group(1).strip());
		}
		return errors.toString();
	}

	private static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page);
		while (hidden.find()) {
			fields.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		return fields;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** One browser: its cookies, and the address it comes from (X-Forwarded-For, which nginx passes on). */
	static final class Visitor {

		private final Drill drill;

		private final String base;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http;

		private String address;

		Visitor(Drill drill) {
			this(drill, drill.site);
		}

		Visitor(Drill drill, String base) {
			this.drill = drill;
			this.base = base;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(this.cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			becomeSomeoneElse();
		}

		void becomeSomeoneElse() {
			this.cookies.getCookieStore().removeAll();
			ThreadLocalRandom random = ThreadLocalRandom.current();
			this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
		}

		Optional<HttpResponse<String>> get(String path) {
			return get(path, "text/html");
		}

		Optional<HttpResponse<String>> get(String path, String accept) {
			return send(request(path).setHeader("Accept", accept).GET().build());
		}

		Optional<HttpResponse<String>> post(String path, Map<String, String> fields) {
			String body = fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		/** A form with one file, as a browser sends it. */
		Optional<HttpResponse<String>> upload(String path, Map<String, String> fields, String fileName,
				byte[] file) {
			String boundary = "drill" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			fields.forEach((name, value) -> body.writeBytes(("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
				.getBytes(StandardCharsets.UTF_8)));
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "text/html")
				.header("X-Forwarded-For", this.address);
		}

		private Optional<HttpResponse<String>> send(HttpRequest request) {
			try {
				return Optional.of(exchange(request));
			}
			catch (IOException failed) {
				boolean read = "GET".equals(request.method());
				boolean noAnswerAtAll = String.valueOf(failed.getMessage()).contains("received no bytes");
				if (Thread.currentThread().isInterrupted()) {
					return Optional.empty();
				}
				if (!read && !noAnswerAtAll) {
					this.drill.transportErrors.increment();
					return Optional.empty();
				}
				// nginx's graceful reload (the drain) has cut a response in flight now and then,
				// and closes its old workers' idle kept-alive connections, one of them as a post
				// is sent on it. A read is asked again, as a browser reloads; a post whose
				// connection closed before any byte of an answer is sent again, as browsers do
				// on a reused connection. Once: a failure then counts.
				(read ? this.drill.readsRetried : this.drill.postsResent).increment();
				try {
					return Optional.of(exchange(request));
				}
				catch (IOException again) {
					if (!Thread.currentThread().isInterrupted()) {
						this.drill.transportErrors.increment();
					}
					return Optional.empty();
				}
			}
		}

		/** One exchange, its answer counted by status; a failure is said at once. */
		private HttpResponse<String> exchange(HttpRequest request) throws IOException {
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				this.drill.answers.computeIfAbsent(String.valueOf(response.statusCode()), (status) -> new LongAdder())
					.increment();
				if (response.statusCode() >= 500) {
					System.err.println(response.statusCode() + " " + request.method() + " " + request.uri());
				}
				return response;
			}
			catch (IOException failed) {
				System.err.println("failed " + request.method() + " " + request.uri() + ": " + failed);
				throw failed;
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException();
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
