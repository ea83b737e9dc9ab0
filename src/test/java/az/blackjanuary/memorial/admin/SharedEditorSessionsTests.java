package az.blackjanuary.memorial.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.MemorialApplication;
import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer: an editor signed in on
 * one is signed in on the other, and stays signed in when the first one stops.
 */
class SharedEditorSessionsTests {

	@Test
	void anEditorSignedInOnOneInstanceIsKnownToAnotherAndOutlivesTheFirst() throws Exception {
		String database = "jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext second = start(database)) {
			SiteClient editor;
			try (ConfigurableApplicationContext first = start(database)) {
				editor = new SiteClient(portOf(first));
				HttpResponse<String> signedIn = editor.submit("/login", "/login",
						Map.of("username", "admin", "password", "first-admin-password"));
				assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
						(to) -> assertThat(to).endsWith("/admin"));
				assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
			}
			HttpResponse<String> elsewhere = editor.at(portOf(second)).get("/admin?lang=en");
			assertThat(elsewhere.statusCode()).isEqualTo(200);
			assertThat(elsewhere.body()).contains("admin");
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(MemorialApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.jmx.enabled=false");
	}

	private static int portOf(ConfigurableApplicationContext site) {
		return site.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
