package az.blackjanuary.memorial.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import az.blackjanuary.memorial.system.SiteInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer: an editor signed
 * in on one is signed in on the other, and stays signed in when the first one stops.
 */
class SharedEditorSessionsTests {

	@Test
	void anEditorSignedInOnOneInstanceIsKnownToAnotherAndOutlivesTheFirst() throws Exception {
		String database = "jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (SiteInstance second = SiteInstance.start(database)) {
			SiteClient editor;
			try (SiteInstance first = SiteInstance.start(database)) {
				editor = first.visitor();
				HttpResponse<String> signedIn = editor.submit("/login", "/login",
						Map.of("username", "admin", "password", "first-admin-password"));
				assertThat(signedIn.headers().firstValue("Location"))
					.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
				assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
			}
			HttpResponse<String> elsewhere = editor.at(second.port()).get("/admin?lang=en");
			assertThat(elsewhere.statusCode()).isEqualTo(200);
			assertThat(elsewhere.body()).contains("admin");
		}
	}

}
