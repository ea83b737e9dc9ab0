package az.blackjanuary.memorial.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.carnation.CarnationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site on an H2 file database, stopped and started again: what visitors left is kept,
 * and so are the first administrator and a client's lock-out after failed sign-ins.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartTests {

	private static final Pattern GENERATED_PASSWORD = Pattern.compile("generated password: (\\S+)");

	@TempDir
	private Path dataDirectory;

	@Test
	void everythingAcknowledgedSurvivesARestart(CapturedOutput output) throws Exception {
		String database = "jdbc:h2:file:" + this.dataDirectory.resolve("memorial");
		String message = "Unutmayacağıq — Не забудем 🌹 " + UUID.randomUUID();
		long carnationsBefore;
		String password;

		try (SiteInstance site = start(database)) {
			// No password configured: the first administrator's is generated and logged
			// once.
			Matcher logged = GENERATED_PASSWORD.matcher(output.getOut());
			assertThat(logged.find()).as("the generated password is in the log").isTrue();
			password = logged.group(1);

			carnationsBefore = site.bean(CarnationService.class).total();
			SiteClient visitor = site.visitor();
			assertThat(visitor.submit("/tributes", "/tributes", Map.of("message", message)).statusCode())
				.isEqualTo(302);
			assertThat(visitor.submit("/", "/carnations", Map.of()).statusCode()).isEqualTo(302);

			SiteClient admin = site.visitor();
			assertThat(signIn(admin, password).headers().firstValue("Location").orElseThrow()).endsWith("/admin");
			SiteClient guesser = site.visitor();
			for (int i = 0; i < 5; i++) {
				signIn(guesser, "wrong-" + i);
			}
		}
		int passwordsLogged = countMatches(output.getOut());

		try (SiteInstance restarted = start(database)) {
			JdbcTemplate jdbc = restarted.bean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from tribute where message = ?", Integer.class, message))
				.isEqualTo(1);
			assertThat(restarted.bean(CarnationService.class).total()).isEqualTo(carnationsBefore + 1);
			assertThat(jdbc.queryForObject("select count(*) from admin_account", Integer.class)).isEqualTo(1);
			assertThat(countMatches(output.getOut())).as("no second password is generated").isEqualTo(passwordsLogged);
			// The guesser's client is locked out of the name, even with the right
			// password.
			HttpResponse<String> locked = signIn(restarted.visitor(), password);
			assertThat(locked.statusCode()).as("the lock-out outlives the restart").isEqualTo(429);
		}
	}

	private static HttpResponse<String> signIn(SiteClient client, String password) throws Exception {
		return client.submit("/login", "/login", Map.of("username", "admin", "password", password));
	}

	private static int countMatches(String log) {
		Matcher matcher = GENERATED_PASSWORD.matcher(log);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static SiteInstance start(String database) {
		return SiteInstance.start(database, "--memorial.admin.initial-password=");
	}

}
