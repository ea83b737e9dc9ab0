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
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import az.blackjanuary.memorial.system.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Writes the whole public site, in every language, as static files into a folder: it
 * reads the pages from the running site as a visitor gets them, following every link it
 * may copy, then writes them with their links made relative ({@link PageRewriter}).
 * Mirrors and archives can take the folder whole; it needs no server and no database.
 */
@Component
public class StaticCopy {

	private final PageRewriter rewriter;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	StaticCopy(PageRewriter rewriter) {
		this.rewriter = rewriter;
	}

	/**
	 * Reads every page from the site at {@code origin} and writes the copy into
	 * {@code folder}.
	 * @return how many files were written
	 */
	public int write(String origin, Path folder) throws IOException, InterruptedException {
		Map<CopiedAddress, Fetched> fetched = new LinkedHashMap<>();
		Deque<CopiedAddress> queue = new ArrayDeque<>();
		for (Language language : Language.values()) {
			queue.add(new CopiedAddress(language.code(), "/"));
		}
		while (!queue.isEmpty()) {
			CopiedAddress address = queue.poll();
			if (fetched.containsKey(address)) {
				continue;
			}
			Fetched page = fetch(origin, address);
			fetched.put(address, page);
			if (page.ok()) {
				for (CopiedAddress linked : this.rewriter.linksOf(address, page)) {
					if (!fetched.containsKey(linked)) {
						queue.add(linked);
					}
				}
			}
		}
		int files = 0;
		for (Map.Entry<CopiedAddress, Fetched> entry : fetched.entrySet()) {
			if (!entry.getValue().ok()) {
				continue;
			}
			Path file = folder.resolve(entry.getKey().file());
			Files.createDirectories(file.getParent());
			Files.write(file, this.rewriter.rewrite(entry.getKey(), entry.getValue(),
					(address) -> Optional.ofNullable(fetched.get(address)).filter(Fetched::ok).isPresent()));
			files++;
		}
		Files.writeString(folder.resolve("index.html"), this.rewriter.languageChoice(), StandardCharsets.UTF_8);
		return files + 1;
	}

	private Fetched fetch(String origin, CopiedAddress address) throws IOException, InterruptedException {
		String path = address.path();
		if (address.language() != null) {
			path += (path.contains("?") ? "&" : "?") + "lang=" + address.language();
		}
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		String type = response.headers().firstValue("Content-Type").orElse("");
		Document html = (response.statusCode() == 200 && type.startsWith("text/html"))
				? Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), origin + path) : null;
		return new Fetched(response.statusCode(), type, response.body(), html);
	}

	/**
	 * A page or an asset as the site answered it; {@code html} is parsed for pages only.
	 */
	record Fetched(int status, String type, byte[] body, Document html) {

		boolean ok() {
			return this.status == 200;
		}

	}

}
