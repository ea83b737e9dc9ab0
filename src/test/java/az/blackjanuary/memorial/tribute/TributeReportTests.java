package az.blackjanuary.memorial.tribute;

import java.util.UUID;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Visitors report a tribute; enough of them take it off the wall until a moderator looks again. */
@MemorialSiteTest
class TributeReportTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TributeService wall;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private TributeRepository tributes;

	@Test
	void threeVisitorsReportsHideATributeUntilAModeratorApprovesItAgain() {
		String message = "Reported " + UUID.randomUUID();
		long id = approved(message);

		assertThat(report(id, "192.0.2.10")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/tributes?reported#reported");
		report(id, "192.0.2.10");
		report(id, "192.0.2.11");
		assertThat(this.mvc.get().uri("/tributes")).bodyText().as("two visitors are not enough").contains(message);
		assertThat(this.tributes.findById(id).orElseThrow().reportCount()).as("one visitor counts once").isEqualTo(2);

		report(id, "192.0.2.12");
		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain(message);
		assertThat(this.mvc.get().uri("/admin/tributes?lang=en").with(user("moderator").roles("MODERATOR"))).bodyText()
			.contains(message)
			.contains("Reported by visitors")
			.contains("Reports: 3");

		this.moderation.approve(id);
		assertThat(this.mvc.get().uri("/tributes")).bodyText().contains(message);
		assertThat(this.tributes.findById(id).orElseThrow().reportCount()).isZero();
	}

	@Test
	void onlyTributesOnTheWallCanBeReported() {
		long pending = this.wall.submit(new TributeForm(null, null, "Pending " + UUID.randomUUID(), null), Language.EN);
		assertThat(report(pending, "192.0.2.13")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/tributes/" + approved("No token " + UUID.randomUUID()) + "/report"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theWallOffersAReportButtonForEachTribute() {
		String message = "With a button " + UUID.randomUUID();
		long id = approved(message);
		assertThat(this.mvc.get().uri("/tributes?lang=en")).bodyText()
			.contains("action=\"/tributes/" + id + "/report\"")
			.contains("aria-label=\"Report the tribute by Anonymous\"");
	}

	private long approved(String message) {
		long id = this.wall.submit(new TributeForm(null, null, message, null), Language.EN);
		this.moderation.approve(id);
		return id;
	}

	private MvcTestResult report(long id, String address) {
		return this.mvc.post().uri("/tributes/" + id + "/report").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
	}

}
