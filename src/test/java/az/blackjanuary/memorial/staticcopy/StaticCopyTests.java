package az.blackjanuary.memorial.staticcopy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import az.blackjanuary.memorial.OperatorCommand;
import az.blackjanuary.memorial.image.TestImages;
import az.blackjanuary.memorial.system.MigratedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static copy, made by the operators' command from a site with tributes in every
 * state: it holds every language, works straight from disk and from nginx with no broken
 * link, keeps no form, and holds no tribute that is pending, rejected or removed.
 */
class StaticCopyTests {

	private static final String LIVE_SITE = "https://memorial.example";

	private static final String MARKER = UUID.randomUUID().toString();

	private static final String IMAGE_HASH = "00112233445566778899";

	private static final Pattern CSS_URL = Pattern.compile("url\\(['\"]?([^)'\"]+)['\"]?\\)");

	@TempDir
	static Path folder;

	static Path copy;

	@BeforeAll
	static void copyASiteWithTributesInEveryState() throws Exception {
		String url = "jdbc:h2:file:" + folder.resolve("site").toAbsolutePath();
		String database = "--spring.datasource.url=" + url;
		JdbcTemplate jdbc = MigratedDatabase.h2(url);
		for (int i = 0; i < 45; i++) {
			jdbc.update(
					"INSERT INTO tribute (message, lang, status, created_at) VALUES (?, 'en', 'APPROVED', CURRENT_TIMESTAMP)",
					"On an older page " + i);
		}
		jdbc.update("""
				INSERT INTO image (content_hash, kind, format, width, height, uploaded_at)
				VALUES (?, 'PHOTO', 'jpg', 600, 400, CURRENT_TIMESTAMP)""", IMAGE_HASH);
		long image = jdbc.queryForObject("SELECT id FROM image WHERE content_hash = ?", Long.class, IMAGE_HASH);
		for (String language : List.of("az", "en", "ru")) {
			jdbc.update("INSERT INTO image_text (image_id, lang, alt_text) VALUES (?, ?, 'Test picture')", image,
					language);
		}
		jdbc.update("INSERT INTO image_rendition (image_id, width, height, bytes) VALUES (?, 480, 320, ?)", image,
				TestImages.jpeg(480, 320));
		jdbc.update("INSERT INTO image_rendition (image_id, width, height, bytes) VALUES (?, 600, 400, ?)", image,
				TestImages.jpeg(600, 400));
		jdbc.update("UPDATE anniversary_release SET image_id = ?", image);
		for (String status : List.of("APPROVED", "PENDING", "REJECTED", "DELETED")) {
			jdbc.update("""
					INSERT INTO tribute (author_name, message, lang, status, created_at)
					VALUES ('Aysel', ?, 'az', ?, CURRENT_TIMESTAMP)""", status + "-" + MARKER, status);
		}
		for (String state : List.of("PUBLISHED", "DRAFT")) {
			String reference = "static-test-" + state.toLowerCase();
			jdbc.update("INSERT INTO person (reference, slug, state, search_key, updated_at) "
					+ "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)", reference, reference, state, reference);
			long person = jdbc.queryForObject("SELECT id FROM person WHERE reference = ?", Long.class, reference);
			for (String language : List.of("az", "en", "ru")) {
				jdbc.update("INSERT INTO person_text (person_id, lang, full_name) VALUES (?, ?, ?)", person, language,
						"Test Person " + state);
			}
		}
		copy = folder.resolve("copy");
		String[] command = { "static-copy", copy.toString(), database, "--spring.jmx.enabled=false",
				"--memorial.site-url=" + LIVE_SITE };
		assertThat(OperatorCommand.of(command).run(command)).isZero();
	}

	@Test
	void everyLanguageAndEveryKindOfPageIsThere() {
		for (String language : List.of("az", "en", "ru")) {
			for (String page : List.of("index.html", "timeline/index.html", "tributes/index.html",
					"releases/index.html", "releases/2022-thirty-second-anniversary-of-the-black-january/index.html",
					"feed.atom")) {
				assertThat(copy.resolve(language).resolve(page)).as(language + "/" + page).isRegularFile();
			}
		}
		assertThat(copy.resolve("index.html")).content().contains("az/index.html", "en/index.html", "ru/index.html");
		assertThat(copy.resolve("en/tributes")).as("the wall's older pages").isDirectoryContaining("glob:**/before-*");
	}

	@Test
	void theRegisterIsCopiedWithItsPublishedEntriesOnly() throws IOException {
		for (String language : List.of("az", "en", "ru")) {
			assertThat(copy.resolve(language).resolve("names/index.html")).isRegularFile();
			assertThat(copy.resolve(language).resolve("names/static-test-published/index.html")).isRegularFile();
		}
		String everything = String.join("\n", textFiles().stream().map(StaticCopyTests::read).toList());
		assertThat(everything).contains("Test Person PUBLISHED").doesNotContain("Test Person DRAFT");
	}

	@Test
	void picturesAreCopiedAtEveryWidthAndLinkedFromTheirPages() throws IOException {
		assertThat(copy.resolve("images/" + IMAGE_HASH + "-480.jpg")).isRegularFile();
		assertThat(copy.resolve("images/" + IMAGE_HASH + "-600.jpg")).isRegularFile();
		Path release = copy.resolve("ru/releases/2022-thirty-second-anniversary-of-the-black-january/index.html");
		Document page = Jsoup.parse(read(release));
		assertThat(page.select("figure.picture img").attr("srcset")).isEqualTo(
				"../../../images/" + IMAGE_HASH + "-480.jpg 480w, ../../../images/" + IMAGE_HASH + "-600.jpg 600w");
		assertThat(release.getParent().resolve(page.select("figure.picture img").attr("src")).normalize())
			.isRegularFile();
	}

	@Test
	void onlyApprovedTributesAreKept() throws IOException {
		String everything = String.join("\n", textFiles().stream().map(StaticCopyTests::read).toList());
		assertThat(everything).contains("APPROVED-" + MARKER, "On an older page 0")
			.doesNotContain("PENDING-" + MARKER, "REJECTED-" + MARKER, "DELETED-" + MARKER);
	}

	@Test
	void formsAreNotesThatLeadToTheLiveSite() throws IOException {
		for (Path page : pages()) {
			assertThat(read(page)).as(page.toString()).doesNotContain("<form");
		}
		Document wall = Jsoup.parse(read(copy.resolve("en/tributes/index.html")));
		assertThat(wall.select("p.static-note a").attr("href")).startsWith(LIVE_SITE + "/tributes");
		Document home = Jsoup.parse(read(copy.resolve("en/index.html")));
		assertThat(home.select("p.static-note")).isNotEmpty();
	}

	@Test
	void everyLinkWorksStraightFromDisk() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path page : textFiles()) {
			for (String link : linksOf(page.getFileName().toString(), read(page))) {
				if (isLocal(link)
						&& !Files.isRegularFile(page.getParent().resolve(withoutFragment(link)).normalize())) {
					broken.add(copy.relativize(page) + " → " + link);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void everyLinkWorksFromNginx() throws Exception {
		try (Nginx nginx = Nginx.serve(copy, folder.resolve("nginx"))) {
			HttpClient http = HttpClient.newHttpClient();
			Deque<URI> queue = new ArrayDeque<>(List.of(URI.create(nginx.origin() + "/")));
			Set<URI> seen = new HashSet<>(queue);
			List<String> broken = new ArrayList<>();
			while (!queue.isEmpty()) {
				URI address = queue.poll();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				if (response.statusCode() != 200) {
					broken.add(address + " " + response.statusCode());
					continue;
				}
				for (String link : linksOf(address.getPath(), response.body())) {
					if (isLocal(link)) {
						URI target = address.resolve(withoutFragment(link));
						if (seen.add(target)) {
							queue.add(target);
						}
					}
				}
			}
			assertThat(broken).isEmpty();
			assertThat(seen).as("pages and assets followed").hasSizeGreaterThan(30);
		}
	}

	private static List<String> linksOf(String name, String text) {
		List<String> links = new ArrayList<>();
		if (name.endsWith(".css")) {
			Matcher urls = CSS_URL.matcher(text);
			while (urls.find()) {
				links.add(urls.group(1));
			}
		}
		else if (name.endsWith(".html") || name.endsWith("/")) {
			for (Element element : Jsoup.parse(text).select("[href], [src]")) {
				links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
			}
		}
		return links;
	}

	private static boolean isLocal(String link) {
		return !link.isEmpty() && !link.startsWith("#") && !link.matches("^[a-z]+:.*") && !link.startsWith("//");
	}

	private static String withoutFragment(String link) {
		int fragment = link.indexOf('#');
		return (fragment < 0) ? link : link.substring(0, fragment);
	}

	private static List<Path> pages() throws IOException {
		return textFiles().stream().filter((file) -> file.toString().endsWith(".html")).toList();
	}

	private static List<Path> textFiles() throws IOException {
		try (Stream<Path> files = Files.walk(copy)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().matches(".*\\.(html|css|atom|webmanifest)$"))
				.toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
