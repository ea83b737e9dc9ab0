import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts tributes or lays carnations over real HTTP from many concurrent visitors, each with its
 * own cookies, the way a browser does: load the form, then send it. Prints what was
 * acknowledged. Usage: java bench/WallLoad.java http://127.0.0.1:18080 tributes|carnations COUNT CONNECTIONS
 */
public class WallLoad {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	public static void main(String[] args) throws Exception {
		String site = args[0];
		boolean tributes = args[1].equals("tributes");
		int count = Integer.parseInt(args[2]);
		int connections = Integer.parseInt(args[3]);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger acknowledged = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService visitors = Executors.newFixedThreadPool(connections);
		long start = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			visitors.submit(() -> {
				HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
				for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
					try {
						String page = http.send(HttpRequest.newBuilder(URI.create(site + (tributes ? "/tributes" : "/"))).build(),
								HttpResponse.BodyHandlers.ofString()).body();
						StringBuilder form = new StringBuilder();
						Matcher hidden = HIDDEN.matcher(page);
						while (hidden.find()) {
							form.append(hidden.group(1)).append('=').append(encode(hidden.group(2))).append('&');
						}
						if (tributes) {
							form.append("message=").append(encode("bench post " + n));
						}
						HttpResponse<Void> sent = http.send(HttpRequest.newBuilder(URI.create(site + (tributes ? "/tributes" : "/carnations")))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
							.build(), HttpResponse.BodyHandlers.discarding());
						if (sent.statusCode() == 302) {
							acknowledged.incrementAndGet();
						}
						else {
							refused.incrementAndGet();
						}
					}
					catch (Exception failed) {
						refused.incrementAndGet();
					}
				}
			});
		}
		visitors.shutdown();
		visitors.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%s sent: %d%n", args[1], count);
		System.out.printf("%s acknowledged: %d%n", args[1], acknowledged.get());
		System.out.printf("%s refused or failed: %d%n", args[1], refused.get());
		System.out.printf("%s throughput: %.0f/s over %.1f s with %d connections (form load + post each)%n", args[1],
				acknowledged.get() / seconds, seconds, connections);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value.replace("&amp;", "&"), StandardCharsets.UTF_8);
	}

}
