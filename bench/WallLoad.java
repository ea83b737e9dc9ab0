import java.io.PrintWriter;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Many concurrent visitors over real HTTP, each with its own cookies, the way a browser is.
 * <ul>
 * <li>{@code forms}: loads the tribute form COUNT times and writes, one line each, what a
 * browser would send it back with (CSRF cookie and token, one-time ticket, a unique message
 * made of MESSAGE_PREFIX, "bench post" unless given, and a number),
 * for bench/post.lua to send;</li>
 * <li>{@code carnations}: loads the home page and lays a carnation, COUNT times;</li>
 * <li>{@code post}: sends the forms of FORMS_FILE (made by {@code forms}), each once, from
 * CONNECTIONS visitors at once, at most RATE a second if given, and prints how many were
 * accepted (led to the author's private page) a second and the latency of the posts.</li>
 * </ul>
 * Usage: java bench/WallLoad.java http://127.0.0.1:18080 forms|carnations COUNT CONNECTIONS [FORMS_FILE [MESSAGE_PREFIX]]
 * <br>
 * or: java bench/WallLoad.java http://127.0.0.1:18080 post FORMS_FILE CONNECTIONS [RATE]
 */
public class WallLoad {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	public static void main(String[] args) throws Exception {
		if (args[1].equals("post")) {
			post(args[0], Files.readAllLines(Path.of(args[2])), Integer.parseInt(args[3]),
					(args.length > 4) ? Double.parseDouble(args[4]) : 0);
			return;
		}
		String site = args[0];
		boolean forms = args[1].equals("forms");
		int count = Integer.parseInt(args[2]);
		int connections = Integer.parseInt(args[3]);
		String prefix = (args.length > 5) ? args[5] : "bench post";
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ConcurrentLinkedQueue<String> loaded = new ConcurrentLinkedQueue<>();
		ExecutorService visitors = Executors.newFixedThreadPool(connections);
		long start = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			visitors.submit(() -> {
				CookieManager cookies = new CookieManager();
				HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
					.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
				for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
					try {
						String page = http.send(HttpRequest.newBuilder(URI.create(site + (forms ? "/tributes" : "/"))).build(),
								HttpResponse.BodyHandlers.ofString()).body();
						Map<String, String> hidden = hiddenFields(page);
						if (forms) {
							String csrfCookie = cookies.getCookieStore().getCookies().stream()
								.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
								.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
								.findFirst()
								.orElseThrow();
							loaded.add(String.join("\t", csrfCookie, encode(hidden.get("_csrf")), encode(hidden.get("ticket")),
									encode(prefix + " " + n)));
							done.incrementAndGet();
							continue;
						}
						String body = hidden.entrySet().stream().map((field) -> field.getKey() + "=" + encode(field.getValue()))
							.collect(Collectors.joining("&"));
						HttpResponse<Void> sent = http.send(HttpRequest.newBuilder(URI.create(site + "/carnations"))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.discarding());
						(sent.statusCode() == 302 ? done : failed).incrementAndGet();
					}
					catch (Exception failure) {
						failed.incrementAndGet();
					}
				}
			});
		}
		visitors.shutdown();
		visitors.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (forms) {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[4])))) {
				loaded.forEach(out::println);
			}
			System.out.printf("tribute forms loaded: %d of %d, %.0f/s with %d connections%n", done.get(), count,
					done.get() / seconds, connections);
			return;
		}
		System.out.printf("carnations laid: %d%n", count);
		System.out.printf("carnations acknowledged: %d%n", done.get());
		System.out.printf("carnations refused or failed: %d%n", failed.get());
		System.out.printf("carnations throughput: %.0f/s over %.1f s with %d connections (page load + post each)%n",
				done.get() / seconds, seconds, connections);
	}

	/** Each form once, paced to RATE a second when given: the latency is that of the post alone. */
	private static void post(String site, List<String> forms, int connections, double rate) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		long[] nanos = new long[forms.size()];
		ExecutorService visitors = Executors.newFixedThreadPool(connections);
		long start = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			visitors.submit(() -> {
				HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
					.connectTimeout(Duration.ofSeconds(10)).build();
				for (int n = next.getAndIncrement(); n < forms.size(); n = next.getAndIncrement()) {
					if (rate > 0) {
						long due = start + (long) (n * 1e9 / rate);
						while (System.nanoTime() < due) {
							LockSupport.parkNanos(due - System.nanoTime());
						}
					}
					String[] form = forms.get(n).split("\t", 4);
					long sent = System.nanoTime();
					try {
						HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(site + "/tributes"))
							.header("Cookie", form[0])
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(
									"_csrf=" + form[1] + "&ticket=" + form[2] + "&website=&message=" + form[3]))
							.build(), HttpResponse.BodyHandlers.discarding());
						boolean received = answer.statusCode() == 302 && answer.headers().firstValue("Location")
							.filter((to) -> to.contains("/tributes/yours/")).isPresent();
						(received ? accepted : other).incrementAndGet();
					}
					catch (Exception failure) {
						other.incrementAndGet();
					}
					nanos[n] = System.nanoTime() - sent;
				}
			});
		}
		visitors.shutdown();
		visitors.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("posted %d over %d connections%s in %.1f s: accepted %d (%.0f/s), other %d, p50 %.1f ms, p99 %.1f ms%n",
				forms.size(), connections, (rate > 0) ? String.format(" at most %.0f/s", rate) : "", seconds,
				accepted.get(), accepted.get() / seconds, other.get(), sorted[sorted.length / 2] / 1e6,
				sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
	}

	private static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page);
		while (hidden.find()) {
			fields.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		return fields;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
