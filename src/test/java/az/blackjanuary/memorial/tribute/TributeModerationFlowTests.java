package az.blackjanuary.memorial.tribute;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tribute's whole path on a running server over real HTTP: posted by a visitor, held
 * for review, approved, shown. The PostgreSQL suite runs the same flow on the real
 * server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TributeModerationFlowTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private TributeRepository tributes;

	@Test
	void aPostedTributeIsPendingAndAppearsOnTheWallOnlyOnceApproved() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		String message = "Allah rəhmət eləsin — Вечная память 🌹 <script>alert(1)</script> " + UUID.randomUUID();
		String shown = message.replace("<", "&lt;").replace(">", "&gt;");

		HttpResponse<String> posted = visitor.submit("/tributes?lang=en", "/tributes",
				Map.of("name", "Aysel", "place", "Bakı", "message", message));
		assertThat(posted.statusCode()).isEqualTo(302);
		String confirmation = posted.headers().firstValue("Location").orElseThrow();
		assertThat(visitor.get(confirmation).body())
			.contains("Your tribute has been received and will appear on the wall after review.");

		Tribute stored = this.tributes.findAll()
			.stream()
			.filter((tribute) -> tribute.message().equals(message))
			.findFirst()
			.orElseThrow();
		assertThat(stored.status()).isEqualTo(TributeStatus.PENDING);
		assertThat(visitor.get("/tributes").body()).doesNotContain(shown);
		assertThat(visitor.get("/").body()).doesNotContain(shown);

		this.moderation.decide(List.of(stored.id()), TributeStatus.APPROVED, null);

		assertThat(visitor.get("/tributes").body()).contains(shown).contains("Aysel").contains("Bakı");
		assertThat(visitor.get("/").body()).contains(shown);
	}

	@Test
	void aCarnationLaidOverHttpIsCountedOnTheHomePage() throws Exception {
		SiteClient visitor = new SiteClient(this.port);
		HttpResponse<String> laid = visitor.submit("/?lang=en", "/carnations", Map.of());
		assertThat(laid.statusCode()).isEqualTo(302);
		assertThat(visitor.get(laid.headers().firstValue("Location").orElseThrow()).body())
			.contains("Thank you. Your carnation has been laid.");
	}

}
