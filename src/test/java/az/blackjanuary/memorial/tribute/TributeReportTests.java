package az.blackjanuary.memorial.tribute;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Visitors report a tribute; enough of them take it off the wall until a moderator looks
 * again.
 */
@MemorialSiteTest
class TributeReportTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SettableClock clock;

	@Autowired
	private TributeModeration moderation;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private TributeReportRepository reports;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void threeVisitorsReportsHideATributeUntilAModeratorApprovesItAgain() {
		String message = "Reported " + UUID.randomUUID();
		long id = approved(message);

		assertThat(report(id, "192.0.2.10", "SPAM")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/tributes?reported#reported");
		report(id, "192.0.2.10", "OFFENSIVE");
		report(id, "192.0.2.11", "OFFENSIVE");
		assertThat(this.mvc.get().uri("/tributes")).bodyText().as("two visitors are not enough").contains(message);
		assertThat(this.tributes.findById(id).orElseThrow().reportCount()).as("one visitor counts once").isEqualTo(2);

		report(id, "192.0.2.12", "OTHER");
		assertThat(this.mvc.get().uri("/tributes")).bodyText().doesNotContain(message);
		assertThat(this.mvc.get().uri("/admin/tributes?lang=en").with(user("moderator").roles("MODERATOR"))).bodyText()
			.contains(message)
			.contains("Reported by visitors")
			.contains("Reports: 3");

		this.moderation.decide(List.of(id), TributeStatus.APPROVED, null);
		assertThat(this.mvc.get().uri("/tributes")).bodyText().contains(message);
		assertThat(this.tributes.findById(id).orElseThrow().reportCount()).isZero();
	}

	@Test
	void reportingAsksOnceForAReasonWithoutJavaScriptAndThenThanksTheVisitor() {
		String message = "Asked first " + UUID.randomUUID();
		long id = approved(message);
		for (String language : new String[] { "az", "en", "ru" }) {
			assertThat(this.mvc.get().uri("/tributes/" + id + "/report?lang=" + language)).hasStatusOk()
				.hasHeader("X-Robots-Tag", "noindex, nofollow")
				.bodyText()
				.contains(message)
				.contains(text("report.what-happens", language))
				.contains(text("report.reason.OFFENSIVE", language))
				.contains(text("report.reason.SPAM", language))
				.contains(text("report.reason.PERSONAL_DATA", language))
				.contains(text("report.reason.OTHER", language))
				.contains("method=\"post\" class=\"report-form\" action=\"/tributes/" + id + "/report\"")
				.contains("name=\"reason\"");
		}
		assertThat(this.tributes.findById(id).orElseThrow().reportCount()).as("looking reports nothing").isZero();

		for (String none : new String[] { null, "", "BORING" }) {
			var request = this.mvc.post().uri("/tributes/" + id + "/report?lang=en").with(csrf());
			if (none != null) {
				request = request.param("reason", none);
			}
			assertThat(request).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.bodyText()
				.contains("Please choose what is wrong with them.")
				.contains(message);
		}
		assertThat(this.tributes.findById(id).orElseThrow().reportCount()).as("nor does a report without a reason")
			.isZero();

		assertThat(report(id, "192.0.2.14", "PERSONAL_DATA")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/tributes?reported#reported");
		assertThat(this.mvc.get().uri("/tributes?reported&lang=ru")).bodyText()
			.contains(text("tributes.reported", "ru"));
		assertThat(this.jdbc.queryForObject("select reason from tribute_report where tribute_id = ?", String.class, id))
			.isEqualTo("PERSONAL_DATA");
	}

	@Test
	void moderatorsCanSeeHowManyReportedATributeAndWhy() {
		long reported = approved("Reported for reasons " + UUID.randomUUID());
		long quiet = approved("Not reported " + UUID.randomUUID());
		report(reported, "192.0.2.20", "SPAM");
		report(reported, "192.0.2.21", "SPAM");
		this.jdbc.update(
				"insert into tribute_report (tribute_id, client_hash, reported_at) values (?, ?, current_timestamp)",
				reported, "reported-before-reasons-were-asked");

		Map<Long, ReportedTribute> found = this.reports.reportsOf(List.of(reported, quiet));
		assertThat(found).containsOnlyKeys(reported);
		assertThat(found.get(reported).reports()).isEqualTo(3);
		assertThat(found.get(reported).byReason()).containsExactly(Map.entry(ReportReason.SPAM, 2L));
		assertThat(this.reports.reportsOf(List.of())).isEmpty();
	}

	@Test
	void onlyTributesOnTheWallCanBeReported() {
		long pending = tribute("Pending " + UUID.randomUUID()).postedAt(this.clock).saveIn(this.tributes);
		assertThat(this.mvc.get().uri("/tributes/" + pending + "/report")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(report(pending, "192.0.2.13", "SPAM")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/tributes/" + approved("No token " + UUID.randomUUID()) + "/report")
			.param("reason", "SPAM")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void underEveryTributeTheWallOffersAGentleReportLinkNamedAfterItsAuthor() {
		String message = "With a link " + UUID.randomUUID();
		long id = approved(message);
		for (String language : new String[] { "az", "en", "ru" }) {
			Locale locale = Locale.forLanguageTag(language);
			String label = this.messages.getMessage("tributes.report-label",
					new Object[] { this.messages.getMessage("tributes.anonymous", null, locale) }, locale);
			assertThat(this.mvc.get().uri("/tributes?lang=" + language)).bodyText()
				.contains("href=\"/tributes/" + id + "/report\"")
				.contains("aria-label=\"" + label + "\"")
				.doesNotContain("action=\"/tributes/" + id + "/report\"");
		}
		assertThat(this.mvc.get().uri("/tributes?lang=en")).bodyText()
			.contains("aria-label=\"Report the tribute by Anonymous\"");
		assertThat(this.mvc.get().uri("/tributes?lang=az")).bodyText()
			.contains(">Bildir</a>")
			.doesNotContain("Şikayət");
		assertThat(this.mvc.get().uri("/tributes?lang=ru")).bodyText()
			.contains(">Сообщить о нарушении</a>")
			.doesNotContain("Пожаловаться");
	}

	private long approved(String message) {
		return tribute(message).postedAt(this.clock).approved().saveIn(this.tributes);
	}

	private MvcTestResult report(long id, String address, String reason) {
		return this.mvc.post()
			.uri("/tributes/" + id + "/report")
			.param("reason", reason)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	private String text(String code, String language) {
		return this.messages.getMessage(code, null, Locale.forLanguageTag(language));
	}

}
