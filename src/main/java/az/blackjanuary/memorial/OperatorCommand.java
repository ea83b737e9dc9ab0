package az.blackjanuary.memorial;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import az.blackjanuary.memorial.export.ImportRefusedException;
import az.blackjanuary.memorial.export.SiteExport;
import az.blackjanuary.memorial.staticcopy.StaticCopy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * What an operator runs from the command line instead of the site: {@code export <file>},
 * {@code import <file>} and {@code static-copy <folder>}. Each starts the application on
 * the usual datasource properties, does its work after the start (so the first
 * administrator exists, as on any start), and ends. Only {@code static-copy} starts the
 * web server, on a free port of 127.0.0.1, to read the pages as visitors get them; the
 * others start none ({@code server.port=-1}).
 */
public enum OperatorCommand {

	EXPORT("export", "--server.port=-1"), IMPORT("import", "--server.port=-1"),
	STATIC_COPY("static-copy", "--server.port=0", "--server.address=127.0.0.1");

	private final String word;

	/**
	 * The site's configuration needs a web application context; only the static copy
	 * starts its server.
	 */
	private final List<String> server;

	OperatorCommand(String word, String... server) {
		this.word = word;
		this.server = List.of(server);
	}

	/** The command the arguments start with, if any. */
	public static OperatorCommand of(String[] args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		return Arrays.stream(values())
			.filter((command) -> !words.isEmpty() && command.word.equals(words.get(0)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Runs the command and answers the process's exit code: 0 done, 1 refused or failed,
	 * 2 misused.
	 */
	public int run(String[] args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		if (words.size() != 2) {
			System.err.println("Usage: java -jar memorial.jar " + this.word + " <"
					+ ((this == STATIC_COPY) ? "folder" : "file") + "> [--spring.datasource.url=…]");
			return 2;
		}
		Path target = Path.of(words.get(1));
		String[] withServer = Stream.concat(Arrays.stream(args), this.server.stream()).toArray(String[]::new);
		try (ConfigurableApplicationContext site = SpringApplication.run(MemorialApplication.class, withServer)) {
			try {
				perform(site, target);
				return 0;
			}
			catch (ImportRefusedException refused) {
				System.err.println(site.getBean(MessageSource.class).getMessage(refused, Locale.ENGLISH));
				return 1;
			}
		}
		catch (Exception failed) {
			System.err.println(this.word + " failed: " + failed);
			return 1;
		}
	}

	private void perform(ConfigurableApplicationContext site, Path target) throws Exception {
		switch (this) {
			case EXPORT -> {
				// Written beside the target first, so that a failed export never leaves
				// half a file.
				Path partial = target.resolveSibling(target.getFileName() + ".partial");
				try (OutputStream out = Files.newOutputStream(partial)) {
					site.getBean(SiteExport.class).export(out);
				}
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
				System.out.println("Exported all content to " + target);
			}
			case IMPORT -> {
				try (InputStream in = Files.newInputStream(target)) {
					site.getBean(SiteExport.class).importFrom(in);
				}
				System.out.println("Imported " + target);
			}
			case STATIC_COPY -> {
				int port = ((WebServerApplicationContext) site).getWebServer().getPort();
				int pages = site.getBean(StaticCopy.class).write("http://127.0.0.1:" + port, target);
				System.out.println("Wrote " + pages + " files of the public site to " + target);
			}
		}
	}

}
