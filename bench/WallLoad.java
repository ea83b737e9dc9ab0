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
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <li>{@code carnations}: loads the home page and lays a carnation, COUNT times.</li>
 * </ul>
 * Usage: java bench/WallLoad.java http://127.0.0.1:18080 forms|carnations COUNT CONNECTIONS [FORMS_FILE [MESSAGE_PREFIX]]
 */
public class WallLoad {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	public static void main(String[] args) throws Exception {
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
