package az.blackjanuary.memorial.staticcopy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx serving a folder on 127.0.0.1, with its own configuration, prefix and
 * pid, in the foreground of a child process that is stopped when closed. Absent nginx,
 * the test is skipped ({@code .ci/run} installs nginx-light).
 */
final class Nginx implements AutoCloseable {

	private static final Path BINARY = Path.of("/usr/sbin/nginx");

	private final Process process;

	private final int port;

	private Nginx(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static Nginx serve(Path root, Path prefix) throws IOException, InterruptedException {
		Assumptions.assumeTrue(Files.isExecutable(BINARY), "nginx is not installed");
		Files.createDirectories(prefix.resolve("logs"));
		int port = freePort();
		Path config = prefix.resolve("nginx.conf");
		Files.writeString(config, """
				daemon off;
				master_process off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log;
				events { worker_connections 64; }
				http {
				    include /etc/nginx/mime.types;
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    server {
				        listen 127.0.0.1:%2$d;
				        root %3$s;
				    }
				}
				""".formatted(prefix.toAbsolutePath(), port, root.toAbsolutePath()));
		Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString(), "-p",
				prefix.toAbsolutePath() + "/")
			.redirectErrorStream(true)
			.redirectOutput(prefix.resolve("logs/output.log").toFile())
			.start();
		Nginx nginx = new Nginx(process, port);
		nginx.awaitListening();
		return nginx;
	}

	String origin() {
		return "http://127.0.0.1:" + this.port;
	}

	private void awaitListening() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline) && this.process.isAlive()) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		close();
		throw new IllegalStateException("nginx did not start on port " + this.port);
	}

	/** A free port in 18500–18599, the range these tests may use. */
	private static int freePort() {
		for (int port = 18500; port < 18600; port++) {
			try (ServerSocket probe = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
				return port;
			}
			catch (IOException taken) {
				// try the next one
			}
		}
		throw new IllegalStateException("no free port in 18500–18599");
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
