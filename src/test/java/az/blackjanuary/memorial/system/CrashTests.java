package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import az.blackjanuary.memorial.MemorialApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real server process with SIGKILL in the middle of a load of tributes and
 * carnations, starts the site again on the same database and checks that every
 * acknowledged write is there, once. The server runs with the site's own default
 * settings, in a folder of its own, so that its embedded database is the one a plain
 * {@code java -jar} makes.
 */
class CrashTests {

	private static final int VISITORS = 16;

	@TempDir
	private Path dataDirectory;

	/** Tells this run's tributes from those an earlier run left in a shared database. */
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * The settings that put the server on the database under test: an H2 file, at an
	 * address given the way an operator gives one, without any H2 setting of its own.
	 */
	protected List<String> databaseArguments() {
		return List.of("--spring.datasource.url=" + restartedDatabaseUrl());
	}

	/** How the restarted site finds the same database. */
	protected String restartedDatabaseUrl() {
		return "jdbc:h2:file:" + this.dataDirectory.resolve("data/memorial");
	}

	@Test
	void everyAcknowledgedTributeAndCarnationSurvivesAKill() throws Exception {
		int port = freePort();
		Process server = startServer(port, this.dataDirectory, databaseArguments());
		long carnationsBefore;
		Queue<String> acknowledgedTributes = new ConcurrentLinkedQueue<>();
		AtomicInteger acknowledgedCarnations = new AtomicInteger();
		AtomicInteger attemptedCarnations = new AtomicInteger();
		ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
		try {
			waitUntilUp(port, server);
			carnationsBefore = carnationsLaid(port);
			for (int v = 0; v < VISITORS; v++) {
				String visitor = this.run + " " + v;
				visitors.submit(
						() -> visit(port, visitor, acknowledgedTributes, acknowledgedCarnations, attemptedCarnations));
			}
			// Let the load run, then kill the server in the middle of it.
			Instant deadline = Instant.now().plusSeconds(20);
			while (acknowledgedTributes.size() < 300 && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
			}
		}
		finally {
			server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			visitors.shutdownNow();
			visitors.awaitTermination(30, TimeUnit.SECONDS);
		}
		assertThat(acknowledgedTributes).as("the load reached the server").isNotEmpty();

		String[] sameDatabase = databaseArguments().stream()
			.filter((argument) -> !argument.startsWith("--spring.datasource.url="))
			.toArray(String[]::new);
		try (SiteInstance restarted = SiteInstance.start(restartedDatabaseUrl(), sameDatabase)) {
			JdbcTemplate jdbc = restarted.bean(JdbcTemplate.class);
			List<String> lost = new ArrayList<>();
			List<String> duplicated = new ArrayList<>();
			for (String message : acknowledgedTributes) {
				int stored = jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class,
						message);
				if (stored == 0) {
					lost.add(message);
				}
				if (stored > 1) {
					duplicated.add(message);
				}
			}
			assertThat(lost).as("acknowledged tributes lost").isEmpty();
			assertThat(duplicated).as("tributes stored twice").isEmpty();
			long carnations = jdbc.queryForObject("select total from carnation_counter", Long.class) - carnationsBefore;
			assertThat(carnations).as("carnations kept")
				.isBetween((long) acknowledgedCarnations.get(), (long) attemptedCarnations.get());
		}
	}

	/** One visitor posting tributes and laying carnations until the server dies. */
	private static void visit(int port, String visitor, Queue<String> tributes, AtomicInteger carnations,
			AtomicInteger attempted) {
		SiteClient browser = new SiteClient(port);
		try {
			for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
				String message = "crash test " + visitor + "-" + i;
				HttpResponse<String> tribute = browser.submit("/tributes", "/tributes", Map.of("message", message));
				if (tribute.statusCode() == 302) {
					tributes.add(message);
				}
				attempted.incrementAndGet();
				if (browser.submit("/", "/carnations", Map.of()).statusCode() == 302) {
					carnations.incrementAndGet();
				}
			}
		}
		catch (IOException | InterruptedException serverGone) {
			// The kill: whatever was not acknowledged may or may not be stored.
		}
	}

	/** The count the home page shows, before the load. */
	private static long carnationsLaid(int port) throws Exception {
		String page = new SiteClient(port).get("/?lang=en").body();
		return Long.parseLong(
				page.replaceAll("(?s).*class=\"carnations__value\"[^>]*>([^<]+)<.*", "$1").replaceAll("\\D", ""));
	}

	/**
	 * The site as operators run it: only its packaged settings, not the tests' in-memory
	 * database.
	 */
	private static Process startServer(int port, Path workingDirectory, List<String> databaseArguments)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				MemorialApplication.class.getName(), "--spring.config.location=classpath:/application.properties",
				"--server.port=" + port, "--spring.jmx.enabled=false", "--memorial.rate-limit.enabled=false",
				"--memorial.tribute.min-fill-time=0s"));
		command.addAll(databaseArguments);
		return new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	private static void waitUntilUp(int port, Process server) throws Exception {
		SiteClient probe = new SiteClient(port);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			assertThat(server.isAlive()).as("the server process is running").isTrue();
			try {
				if (probe.get("/").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new AssertionError("The server did not start within 180 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
