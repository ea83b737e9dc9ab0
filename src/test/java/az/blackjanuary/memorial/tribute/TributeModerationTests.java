package az.blackjanuary.memorial.tribute;

import java.util.List;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The moderation queue: oldest first, one or many decisions at once, each one audited.
 */
@MemorialSiteTest
class TributeModerationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private long oldest;

	private long middle;

	private long newest;

	@BeforeEach
	void threePendingTributes() {
		this.tributes.deleteAll();
		this.oldest = post("Oldest pending tribute");
		this.middle = post("Middle pending tribute");
		this.newest = post("Newest pending tribute");
	}

	@Test
	void theQueueShowsPendingTributesOldestFirstWithCounts() {
		assertThat(this.mvc.get().uri("/admin/tributes?lang=en").with(moderator())).hasStatusOk()
			.bodyText()
			.contains("Waiting (3)")
			.contains("Approved (0)")
			.containsSubsequence("Oldest pending tribute", "Middle pending tribute", "Newest pending tribute");
	}

	@Test
	void manyTributesAreApprovedAtOnceAndAppearOnTheWall() {
		assertThat(decide("APPROVED", this.oldest, this.newest)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/tributes")).bodyText()
			.containsSubsequence("Newest pending tribute", "Oldest pending tribute")
			.doesNotContain("Middle pending tribute");
		assertThat(status(this.middle)).isEqualTo(TributeStatus.PENDING);
		assertThat(audit()).filteredOn("TRIBUTE_APPROVED"::equals).hasSize(2);
	}

	@Test
	void aRejectedTributeCanBeApprovedAfterAll() {
		decide("REJECTED", this.middle).exchange();
		assertThat(status(this.middle)).isEqualTo(TributeStatus.REJECTED);
		assertThat(this.mvc.get().uri("/admin/tributes?status=REJECTED&lang=en").with(moderator())).bodyText()
			.contains("Middle pending tribute")
			.contains("Rejected (1)");
		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain("Middle pending tribute");

		decide("APPROVED", this.middle).param("status", "REJECTED").exchange();
		assertThat(this.mvc.get().uri("/tributes")).bodyText().contains("Middle pending tribute");
		assertThat(audit()).contains("TRIBUTE_REJECTED", "TRIBUTE_APPROVED");
	}

	@Test
	void decidingWithoutChoosingChangesNothing() {
		assertThat(this.mvc.post().uri("/admin/tributes").param("decision", "APPROVED").with(moderator()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(List.of(status(this.oldest), status(this.middle), status(this.newest)))
			.containsOnly(TributeStatus.PENDING);
	}

	@Test
	void tributesReportedFewerTimesThanItTakesToHideThemAppearInTheReportedList() {
		this.moderation.decide(List.of(this.oldest), TributeStatus.APPROVED, null);
		this.moderation.report(this.oldest, "first visitor", ReportReason.SPAM);
		this.moderation.report(this.oldest, "second visitor", ReportReason.SPAM);
		assertThat(status(this.oldest)).as("still on the wall").isEqualTo(TributeStatus.APPROVED);
		assertThat(this.mvc.get().uri("/admin/tributes?status=REPORTED&lang=en").with(moderator())).hasStatusOk()
			.bodyText()
			.contains("Reported (1)")
			.contains("Oldest pending tribute")
			.contains("Reports: 2")
			.contains("Spam or advertising: 2")
			.doesNotContain("Middle pending tribute");

		// Approving it again keeps it on the wall and answers the reports.
		decide("APPROVED", this.oldest).param("status", "REPORTED").exchange();
		assertThat(this.mvc.get().uri("/admin/tributes?status=REPORTED&lang=en").with(moderator())).bodyText()
			.contains("Reported (0)")
			.doesNotContain("Oldest pending tribute");
	}

	@Test
	void selectAllTicksEveryTributeWithoutAScript() throws Exception {
		assertThat(this.mvc.get().uri("/admin/tributes?lang=en").with(moderator())).bodyText()
			.contains("href=\"/admin/tributes?status=PENDING&amp;select=all\"")
			.doesNotContain("checked=\"checked\"");
		String all = this.mvc.get()
			.uri("/admin/tributes?status=PENDING&select=all&lang=en")
			.with(moderator())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(all.split("checked=\"checked\"", -1)).hasSize(4);
		assertThat(all).contains("Select none");
	}

	@Test
	void aRejectionReasonIsKeptForTheModeratorsAndForgottenOnApproval() {
		decide("REJECTED", this.middle).param("reason", "  An advertisement  ").exchange();
		assertThat(this.jdbc.queryForObject("select rejection_reason from tribute where id = ?", String.class,
				this.middle))
			.isEqualTo("An advertisement");
		assertThat(this.mvc.get().uri("/admin/tributes?status=REJECTED&lang=en").with(moderator())).bodyText()
			.contains("Rejected because: An advertisement");

		decide("APPROVED", this.middle).param("status", "REJECTED").exchange();
		assertThat(this.jdbc.queryForObject("select rejection_reason from tribute where id = ?", String.class,
				this.middle))
			.isNull();
		assertThat(this.mvc.get().uri("/tributes")).bodyText()
			.contains("Middle pending tribute")
			.doesNotContain("An advertisement");
	}

	@Test
	void anOverlongRejectionReasonDecidesNothing() {
		assertThat(decide("REJECTED", this.middle).param("reason", "x".repeat(301))).flash()
			.containsEntry("refusal", "admin.tributes.reason-too-long");
		assertThat(status(this.middle)).isEqualTo(TributeStatus.PENDING);
	}

	@Test
	void rejectingSeveralAtOnceAsksOnceFirstAndSaysWhatWillHappen() {
		assertThat(this.mvc.post()
			.uri("/admin/tributes?lang=en")
			.param("id", String.valueOf(this.oldest))
			.param("id", String.valueOf(this.newest))
			.param("decision", "REJECTED")
			.param("reason", "Spam")
			.with(moderator())
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Reject 2 tributes?")
			.contains("Their authors are not told")
			.contains("You can approve any of them again later")
			.contains("Reason, for the moderators only: Spam")
			.containsSubsequence("Oldest pending tribute", "Newest pending tribute")
			.contains("name=\"confirmed\" value=\"true\"");
		assertThat(List.of(status(this.oldest), status(this.newest))).as("nothing rejected yet")
			.containsOnly(TributeStatus.PENDING);

		decide("REJECTED", this.oldest, this.newest).param("reason", "Spam").param("confirmed", "true").exchange();
		assertThat(List.of(status(this.oldest), status(this.newest))).containsOnly(TributeStatus.REJECTED);
		assertThat(status(this.middle)).isEqualTo(TributeStatus.PENDING);
	}

	@Test
	void theChangedByItsAuthorMarkIsClearedOnceAModeratorApprovesTheChange() {
		this.moderation.decide(List.of(this.middle), TributeStatus.APPROVED, null);
		this.clock.tick();
		Tribute changed = this.tributes.findById(this.middle).orElseThrow();
		changed.rewrite(null, null, "Middle pending tribute, changed", NameShown.FULL, null, this.clock.instant());
		this.tributes.save(changed);
		assertThat(this.mvc.get().uri("/admin/tributes?lang=en").with(moderator())).bodyText()
			.contains("Changed by its author");

		this.clock.tick();
		decide("APPROVED", this.middle).exchange();
		assertThat(this.mvc.get().uri("/admin/tributes?status=APPROVED&lang=en").with(moderator())).bodyText()
			.contains("Middle pending tribute, changed")
			.doesNotContain("Changed by its author");
	}

	private long post(String message) {
		this.clock.tick();
		return tribute(message).postedAt(this.clock).saveIn(this.tributes);
	}

	private TributeStatus status(long id) {
		return this.tributes.findById(id).orElseThrow().status();
	}

	private static RequestPostProcessor moderator() {
		return user("moderator").roles("MODERATOR");
	}

	private List<String> audit() {
		return this.jdbc.queryForList("select action from audit_entry where actor = 'moderator'", String.class);
	}

	/** The moderation form sent by a moderator: a decision on the tributes chosen. */
	private MockMvcTester.MockMvcRequestBuilder decide(String decision, long... ids) {
		MockMvcTester.MockMvcRequestBuilder form = this.mvc.post()
			.uri("/admin/tributes")
			.param("decision", decision)
			.with(moderator())
			.with(csrf());
		for (long id : ids) {
			form = form.param("id", String.valueOf(id));
		}
		return form;
	}

}
