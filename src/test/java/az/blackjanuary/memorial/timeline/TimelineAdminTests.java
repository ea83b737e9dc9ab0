package az.blackjanuary.memorial.timeline;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An editor keeps the timeline: add, edit, reorder, hide. */
@MemorialSiteTest
class TimelineAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TimelineEventRepository events;

	@Autowired
	private JdbcTemplate jdbc;

	private java.util.Set<Long> seeded;

	@org.junit.jupiter.api.BeforeEach
	void rememberTheSeededEvents() {
		this.seeded = this.events.findAll()
			.stream()
			.map(TimelineEvent::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Removes what a test added and puts the seeded events back in calendar order. */
	@AfterEach
	void restoreTheSeededTimeline() {
		this.events.findAll()
			.stream()
			.filter((event) -> !this.seeded.contains(event.id()))
			.forEach(this.events::delete);
		this.jdbc.update("update timeline_event set sort_order = (select count(*) from timeline_event e "
				+ "where e.starts_on <= timeline_event.starts_on) * 10");
	}

	private long added() {
		return this.events.findAll()
			.stream()
			.map(TimelineEvent::id)
			.filter((id) -> !this.seeded.contains(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anAddedEventTakesItsPlaceByItsDate() {
		assertThat(add("1990-01", "MONTH", null, "Curfew in Baku")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText()
			.containsSubsequence("<time datetime=\"1990-01\">January 1990</time>", "Curfew in Baku",
					"The funeral of the martyrs", "The 32nd anniversary");
		assertThat(audit()).contains("EVENT_CREATED");
	}

	@Test
	void movingAnEventUpChangesTheOrderVisitorsSee() {
		add("2000-01-01", "DAY", null, "Moved event");
		long id = added();
		assertThat(this.mvc.post()
			.uri("/admin/timeline/" + id + "/move")
			.param("direction", "up")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText()
			.containsSubsequence("The funeral of the martyrs", "Moved event", "Independence restored",
					"The 32nd anniversary");
		assertThat(audit()).contains("EVENT_MOVED");
	}

	@Test
	void aHiddenEventLeavesThePublicTimelineAndCanComeBack() {
		add("1991", "YEAR", null, "Hidden event");
		long id = added();
		this.mvc.post().uri("/admin/timeline/" + id + "/hide").with(editor()).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText().doesNotContain("Hidden event");
		this.mvc.post().uri("/admin/timeline/" + id + "/show").with(editor()).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText().contains("Hidden event");
		assertThat(audit()).contains("EVENT_HIDDEN", "EVENT_SHOWN");
	}

	@Test
	void aDayRangeNeedsItsLastDay() {
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-19")
			.param("precision", "DAY_RANGE")
			.param("texts[en].title", "Range")
			.param("texts[en].body", "Text")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("A range of days needs its last day");
	}

	@Test
	void aLastDayForAnythingButARangeOfDaysIsRefusedRatherThanDropped() {
		long before = this.events.count();
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-20")
			.param("endsOn", "1990-01-21")
			.param("precision", "DAY")
			.param("texts[en].title", "One day")
			.param("texts[en].body", "Text")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Only a range of days has a last day");
		assertThat(this.events.count()).isEqualTo(before);
	}

	@Test
	void yearZeroIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "0000-01-01")
			.param("precision", "YEAR")
			.param("texts[en].title", "Year zero")
			.param("texts[en].body", "Text")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("There is no year 0");
	}

	@Test
	void anEventMovesOnlyUpOrDown() {
		long id = this.seeded.iterator().next();
		assertThat(this.mvc.post()
			.uri("/admin/timeline/" + id + "/move")
			.param("direction", "sideways")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aSourceReleaseThatDoesNotExistIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-19")
			.param("precision", "DAY")
			.param("sourceReleaseId", "999999")
			.param("texts[en].title", "Unsourced")
			.param("texts[en].body", "Text")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("There is no such release");
	}

	@Test
	void anExistingReleaseIsCitedAsTheSource() {
		long release = this.jdbc.queryForObject("select min(id) from anniversary_release", Long.class);
		assertThat(this.mvc.post()
			.uri("/admin/timeline")
			.param("startsOn", "1990-01-22")
			.param("precision", "DAY")
			.param("sourceReleaseId", String.valueOf(release))
			.param("texts[en].title", "Sourced")
			.param("texts[en].body", "Text")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.events.findById(added()).orElseThrow().sourceReleaseId()).isEqualTo(release);
	}

	@Test
	void eachLanguagesTextIsKeptInItsOwnLanguageAndOneTheSiteDoesNotSpeakIsIgnored() {
		assertThat(this.mvc.post()
			.uri("/admin/timeline")
			.param("startsOn", "1990-01-23")
			.param("precision", "DAY")
			.param("texts[ru].title", "Траур")
			.param("texts[ru].body", "Текст")
			.param("texts[az].title", "Matəm")
			.param("texts[az].body", "Mətn")
			.param("texts[fr].title", "Deuil")
			.param("texts[fr].body", "Texte")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		long id = added();
		assertThat(this.jdbc.queryForList("select lang || ':' || title from timeline_event_text where event_id = ?",
				String.class, id))
			.containsExactlyInAnyOrder("ru:Траур", "az:Matəm");
		assertThat(this.mvc.get().uri("/admin/timeline/" + id + "?lang=en").with(editor())).bodyText()
			.containsPattern("<input[^>]* id=\"texts-ru-title\"[^>]* value=\"Траур\"")
			.containsPattern("<input[^>]* id=\"texts-en-title\"[^>]* value=\"\"")
			.contains("name=\"texts[az].body\"")
			.doesNotContain("Deuil");
	}

	@Test
	void aTitleLongerThanItsColumnIsRefusedWithAMessage() {
		long before = this.events.count();
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-20")
			.param("precision", "DAY")
			.param("texts[en].title", "t".repeat(301))
			.param("texts[en].body", "Text")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("At most 300 characters.");
		assertThat(this.events.count()).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult add(String date, String precision, String endsOn,
			String title) {
		String startsOn = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
		return this.mvc.post()
			.uri("/admin/timeline")
			.param("startsOn", startsOn)
			.param("precision", precision)
			.param("texts[en].title", title)
			.param("texts[en].body", "What happened.")
			.with(editor())
			.with(csrf())
			.exchange();
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("ADMIN");
	}

	private java.util.List<String> audit() {
		return this.jdbc.queryForList("select action from audit_entry where actor = 'editor'", String.class);
	}

}
