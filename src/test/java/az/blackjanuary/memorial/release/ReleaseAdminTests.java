package az.blackjanuary.memorial.release;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import az.blackjanuary.memorial.system.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An editor writes the 2027 release, previews it, schedules and publishes it. */
@MemorialSiteTest
class ReleaseAdminTests {

	private static final String BODY = """
			## Thirty-seven years

			- 131 killed
			- 744 wounded

			Read the [2022 release](https://example.org/2022).
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReleaseRepository releases;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * Editors here write the 37th anniversary's release on its day, when a published one
	 * is seen at once.
	 */
	@BeforeEach
	void onTheDayOfThe37thAnniversary() {
		this.clock.set(ZonedDateTime.of(2027, 1, 20, 8, 0, 0, 0, SettableClock.BAKU));
	}

	@Autowired
	private ScheduledPublications publications;

	@AfterEach
	void cleanUp() {
		this.releases.findAll()
			.stream()
			.filter((release) -> release.commemoratedOn().getYear() >= 2027)
			.forEach(this.releases::delete);
		this.clock.reset();
	}

	@Test
	void aNewReleaseIsADraftWithASlugFromYearAndTitle() {
		long id = create("Qara Yanvar faciəsinin 37-ci ildönümü", BODY);
		Release release = this.releases.findById(id).orElseThrow();
		assertThat(release.slug()).isEqualTo("2027-qara-yanvar-faciesinin-37-ci-ildonumu");
		assertThat(release.publishedAt()).isNull();
		assertThat(this.mvc.get().uri("/releases/" + release.slug())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(audit()).contains("RELEASE_CREATED");
	}

	@Test
	void previewRendersTheMarkdownWithoutSaving() {
		long before = this.releases.count();
		assertThat(admin(this.mvc.post().uri("/admin/releases").param("action", "preview"), "Preview title", BODY))
			.hasStatusOk()
			.bodyText()
			.contains("<h2>Thirty-seven years</h2>")
			.contains("<li>131 killed</li>")
			.contains("<a href=\"https://example.org/2022\" rel=\"nofollow\">2022 release</a>");
		assertThat(this.releases.count()).isEqualTo(before);
	}

	@Test
	void publishingNowPutsTheReleaseOnTheHomePageAndInTheArchiveAtOnce() {
		long id = create("Qara Yanvar faciəsinin 37-ci ildönümü", BODY);
		assertThat(this.mvc.post().uri("/admin/releases/" + id + "/publish").with(editor()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/?lang=az")).bodyText()
			.contains("Qara Yanvar faciəsinin 37-ci ildönümü")
			.contains("<h2>Thirty-seven years</h2>");
		assertThat(this.mvc.get().uri("/releases?lang=az")).bodyText()
			.contains("2027-qara-yanvar-faciesinin-37-ci-ildonumu");
		assertThat(audit()).contains("RELEASE_PUBLISHED");
	}

	@Test
	void aScheduledReleaseAppearsByItselfAtItsTime() {
		long id = create("Scheduled 2027", BODY);
		LocalDateTime inTwoHours = LocalDateTime.now(this.clock).plusHours(2);
		assertThat(this.mvc.post()
			.uri("/admin/releases/" + id + "/schedule")
			.param("publishAt", inTwoHours.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		String slug = this.releases.findById(id).orElseThrow().slug();
		assertThat(this.mvc.get().uri("/releases/" + slug)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/releases?lang=en").with(editor())).bodyText().contains("Scheduled");

		this.clock.set(this.clock.instant().plus(Duration.ofHours(3)));
		assertThat(this.mvc.get().uri("/releases/" + slug)).hasStatusOk();
		assertThat(audit()).contains("RELEASE_SCHEDULED");
	}

	@Test
	void aReleasePublishedBeforeItsDayIsShownToEditorsAsScheduledForThatDay() {
		this.clock.set(ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, SettableClock.BAKU));
		long id = create("Published early 2027", BODY);
		this.mvc.post().uri("/admin/releases/" + id + "/publish").with(editor()).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "?lang=en").with(editor())).bodyText()
			.contains("Scheduled")
			.contains("20 January 2027, 00:00");
		assertThat(this.mvc.get().uri("/releases/" + this.releases.findById(id).orElseThrow().slug()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unpublishingTakesTheReleaseOffTheSiteButKeepsItsAddress() {
		long id = create("Unpublished 2027", BODY);
		this.mvc.post().uri("/admin/releases/" + id + "/publish").with(editor()).with(csrf()).exchange();
		String slug = this.releases.findById(id).orElseThrow().slug();
		this.mvc.post()
			.uri("/admin/releases/" + id + "/unpublish")
			.param("confirmed", "true")
			.with(editor())
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/releases/" + slug)).hasStatus(HttpStatus.NOT_FOUND);

		edit(id, "A new title after publication", BODY);
		assertThat(this.releases.findById(id).orElseThrow().slug()).isEqualTo(slug);
		assertThat(this.mvc.post()
			.uri("/admin/releases/" + id + "/delete")
			.param("confirmed", "true")
			.with(editor())
			.with(csrf())).flash().containsEntry("refusal", "admin.release.notice.not-deleted");
		assertThat(this.releases.findById(id)).as("a published release is never deleted").isPresent();
		assertThat(audit()).contains("RELEASE_UNPUBLISHED", "RELEASE_EDITED");
	}

	@Test
	void aScheduleCalledOffBeforeItsTimeLeavesADraftThatFollowsItsTitleAndCanBeDeleted() {
		long id = create("Scheduled then withdrawn", BODY);
		schedule(id, LocalDateTime.now(this.clock).plusDays(30));
		this.mvc.post().uri("/admin/releases/" + id + "/unpublish").with(editor()).with(csrf()).exchange();
		edit(id, "Withdrawn and renamed", BODY);
		assertThat(this.releases.findById(id).orElseThrow().slug()).isEqualTo("2027-withdrawn-and-renamed");
		this.mvc.post()
			.uri("/admin/releases/" + id + "/delete")
			.param("confirmed", "true")
			.with(editor())
			.with(csrf())
			.exchange();
		assertThat(this.releases.findById(id)).isEmpty();
	}

	@Test
	void aTimeAlreadyPastOrAReleaseAlreadyPublicCannotBeScheduled() {
		long id = create("Never backdated", BODY);
		assertThat(schedule(id, LocalDateTime.now(this.clock).minusYears(20))).flash()
			.containsEntry("refusal", "admin.release.notice.not-scheduled");
		assertThat(this.releases.findById(id).orElseThrow().publishedAt()).isNull();

		this.mvc.post().uri("/admin/releases/" + id + "/publish").with(editor()).with(csrf()).exchange();
		assertThat(schedule(id, LocalDateTime.now(this.clock).plusDays(1))).flash()
			.containsEntry("refusal", "admin.release.notice.not-scheduled");
		assertThat(this.mvc.get().uri("/releases/" + this.releases.findById(id).orElseThrow().slug())).hasStatusOk();
	}

	@Test
	void aDraftThatTheTimelineCitesIsNotDeletedAndTheEditorIsToldWhy() {
		long id = create("Cited draft", BODY);
		Long event = this.jdbc.queryForObject("select min(id) from timeline_event", Long.class);
		Long source = this.jdbc.queryForObject("select source_release_id from timeline_event where id = ?", Long.class,
				event);
		this.jdbc.update("update timeline_event set source_release_id = ? where id = ?", id, event);
		try {
			assertThat(this.mvc.get().uri("/admin/releases/" + id + "/delete").with(editor())).flash()
				.as("told before being asked to confirm")
				.containsEntry("refusal", "admin.release.notice.cited");
			assertThat(this.mvc.post()
				.uri("/admin/releases/" + id + "/delete")
				.param("confirmed", "true")
				.with(editor())
				.with(csrf())).flash().containsEntry("refusal", "admin.release.notice.cited");
			assertThat(this.releases.findById(id)).isPresent();
		}
		finally {
			this.jdbc.update("update timeline_event set source_release_id = ? where id = ?", source, event);
		}
	}

	@Test
	void aDraftFollowsItsTitleAndCanBeDeleted() {
		long id = create("First title", BODY);
		edit(id, "Second title", BODY);
		assertThat(this.releases.findById(id).orElseThrow().slug()).isEqualTo("2027-second-title");
		this.mvc.post()
			.uri("/admin/releases/" + id + "/delete")
			.param("confirmed", "true")
			.with(editor())
			.with(csrf())
			.exchange();
		assertThat(this.releases.findById(id)).isEmpty();
		assertThat(audit()).contains("RELEASE_DELETED");
	}

	@Test
	void twoReleasesWithTheSameTitleGetDifferentAddresses() {
		long first = create("Same title", BODY);
		long second = create("Same title", BODY);
		assertThat(this.releases.findById(second).orElseThrow().slug())
			.isEqualTo(this.releases.findById(first).orElseThrow().slug() + "-2");
	}

	@Test
	void theSecondOfTwoEditorsSavingTheSameVersionIsToldAndOverwritesNothing() {
		long id = create("Shared draft", BODY);
		long version = this.releases.findById(id).orElseThrow().version();
		assertThat(admin(this.mvc.post().uri("/admin/releases/" + id).param("version", String.valueOf(version)),
				"First editor's title", BODY))
			.hasStatus(HttpStatus.FOUND);
		assertThat(admin(this.mvc.post()
			.uri("/admin/releases/" + id)
			.param("version", String.valueOf(version))
			.param("lang", "en"), "Second editor's title", BODY)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else saved this release after you opened it")
			.contains("Second editor&#39;s title");
		assertThat(this.jdbc.queryForObject("select title from release_text where release_id = ? and lang = 'en'",
				String.class, id))
			.isEqualTo("First editor's title");
	}

	@Test
	void scriptInAReleaseNeverReachesVisitors() {
		long id = create("Script 2027",
				"Text <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))");
		this.mvc.post().uri("/admin/releases/" + id + "/publish").with(editor()).with(csrf()).exchange();
		String slug = this.releases.findById(id).orElseThrow().slug();
		assertThat(this.mvc.get().uri("/releases/" + slug)).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert")
			.doesNotContainPattern("<img[^>]*onerror")
			.doesNotContain("href=\"javascript:");
	}

	@Test
	void aReleaseWithoutAnyTextIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/admin/releases?lang=en")
			.param("commemoratedOn", "2027-01-20")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Write the text in at least one language.");
		assertThat(this.mvc.post()
			.uri("/admin/releases?lang=en")
			.param("commemoratedOn", "not a date")
			.param("texts[en].title", "Title")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Give this language a text, or leave it empty.")
			.contains("Enter a valid value.");
		assertThat(this.mvc.post()
			.uri("/admin/releases?lang=en")
			.param("commemoratedOn", "2027-01-20")
			.param("texts[en].title", "t".repeat(301))
			.param("texts[en].body", "Body")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("At most 300 characters.");
	}

	@Test
	void anEditorMarksATextAsATranslationOrAsAnOriginal() {
		long id = create("Translated 2027", BODY);
		assertThat(admin(this.mvc.post().uri("/admin/releases/" + id), "Translated 2027", BODY)
			.param("version", String.valueOf(this.releases.findById(id).orElseThrow().version()))
			.param("texts[en].translatedFrom", "az")).hasStatus(HttpStatus.FOUND);
		assertThat(translatedFrom(id, "en")).isEqualTo("az");
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "?lang=en").with(editor())).bodyText()
			.containsPattern("<select[^>]* id=\"texts-en-translatedFrom\"[^>]*>\\s*"
					+ "<option value=\"\">None: this is the original</option>\\s*"
					+ "<option value=\"az\" lang=\"az\" selected=\"selected\">Azərbaycanca</option>");

		assertThat(admin(this.mvc.post().uri("/admin/releases/" + id), "Translated 2027", BODY)
			.param("version", String.valueOf(this.releases.findById(id).orElseThrow().version()))
			.param("texts[en].translatedFrom", "")).hasStatus(HttpStatus.FOUND);
		assertThat(translatedFrom(id, "en")).isNull();
	}

	@Test
	void aTranslationsOriginalMustBeAnotherLanguageOfTheRelease() {
		assertThat(admin(this.mvc.post().uri("/admin/releases?lang=en"), "Not from itself", BODY)
			.param("texts[az].translatedFrom", "az")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Choose another language this release has a text in, or “None”.");
		assertThat(admin(this.mvc.post().uri("/admin/releases?lang=en"), "Not from a missing one", BODY)
			.param("texts[az].translatedFrom", "ru")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void aTextForALanguageTheSiteDoesNotSpeakIsDropped() {
		MvcTestResult created = admin(this.mvc.post().uri("/admin/releases"), "Only ours", BODY)
			.param("texts[fr].title", "Le nôtre")
			.param("texts[fr].body", "Texte")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String location = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForList("select lang from release_text where release_id = ?", String.class, id))
			.containsExactlyInAnyOrder("az", "en");
	}

	@Test
	void theSeededTranslationsKeepTheirMarkWhenTheReleaseIsSavedAsShown() {
		long seed = this.jdbc.queryForObject(
				"select id from anniversary_release where slug = '2022-thirty-second-anniversary-of-the-black-january'",
				Long.class);
		assertThat(this.mvc.get().uri("/admin/releases/" + seed + "?lang=en").with(editor())).bodyText()
			.containsPattern(
					"<select[^>]* id=\"texts-az-translatedFrom\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*"
							+ "<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>")
			.containsPattern(
					"<select[^>]* id=\"texts-ru-translatedFrom\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*"
							+ "<option value=\"az\" lang=\"az\">Azərbaycanca</option>\\s*"
							+ "<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>");
	}

	@Test
	void deletingADraftAsksOnceFirstAndSaysItCannotBeUndone() {
		long id = create("A draft to delete", BODY);
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "?lang=en").with(editor())).bodyText()
			.contains("href=\"/admin/releases/" + id + "/delete\"");
		assertThat(this.mvc.post().uri("/admin/releases/" + id + "/delete").with(editor()).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/releases/" + id + "/delete");
		assertThat(this.releases.findById(id)).as("nothing is deleted without confirming").isPresent();
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "/delete?lang=en").with(editor())).hasStatusOk()
			.bodyText()
			.contains("Delete this draft?")
			.contains("A draft to delete")
			.contains("This cannot be undone.")
			.contains("name=\"confirmed\" value=\"true\"");
		assertThat(this.mvc.post()
			.uri("/admin/releases/" + id + "/delete")
			.param("confirmed", "true")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/releases");
		assertThat(this.releases.findById(id)).isEmpty();
	}

	@Test
	void unpublishingAsksOnceFirstAndSaysWhatVisitorsWillNoLongerFind() {
		long id = create("Published then withdrawn", BODY);
		this.mvc.post().uri("/admin/releases/" + id + "/publish").with(editor()).with(csrf()).exchange();
		String slug = this.releases.findById(id).orElseThrow().slug();
		assertThat(this.mvc.post().uri("/admin/releases/" + id + "/unpublish").with(editor()).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/releases/" + id + "/unpublish");
		assertThat(this.mvc.get().uri("/releases/" + slug)).as("still public until confirmed").hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "/unpublish?lang=en").with(editor())).hasStatusOk()
			.bodyText()
			.contains("Unpublish this release?")
			.contains("Published then withdrawn")
			.contains("its page /releases/" + slug + " will answer “not found”")
			.contains("you can publish it again");
		this.mvc.post()
			.uri("/admin/releases/" + id + "/unpublish")
			.param("confirmed", "true")
			.with(editor())
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/releases/" + slug)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aScheduledReleaseOffersToCallOffItsScheduleRatherThanToUnpublishIt() {
		long id = create("Scheduled, then called off", BODY);
		schedule(id, LocalDateTime.now(this.clock).plusDays(3));
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "?lang=en").with(editor())).bodyText()
			.contains(">Call off the schedule<")
			.doesNotContain(">Unpublish<");
		assertThat(this.mvc.post().uri("/admin/releases/" + id + "/unpublish").with(editor()).with(csrf())).flash()
			.containsEntry("notice", "admin.release.notice.called-off");
		assertThat(this.releases.findById(id).orElseThrow().publishedAt()).isNull();
		assertThat(audit()).contains("RELEASE_SCHEDULE_CALLED_OFF");
	}

	@Test
	void theScheduleFieldShowsTheTimeTheReleaseIsScheduledFor() {
		long id = create("Scheduled for a known time", BODY);
		LocalDateTime at = LocalDateTime.of(2027, 1, 20, 9, 30);
		schedule(id, at);
		assertThat(this.mvc.get().uri("/admin/releases/" + id + "?lang=en").with(editor())).bodyText()
			.contains("name=\"publishAt\" value=\"2027-01-20T09:30\"")
			.contains("Change the time");
	}

	@Test
	void aScheduledPublicationIsRecordedInTheAuditLogByTheSiteItselfOnce() {
		long id = create("Appears by itself", BODY);
		schedule(id, LocalDateTime.now(this.clock).plusHours(2));
		this.publications.recordDue();
		assertThat(systemEntries(id)).as("not before its time").isEmpty();

		this.clock.set(this.clock.instant().plus(Duration.ofHours(3)));
		this.publications.recordDue();
		this.publications.recordDue();
		assertThat(systemEntries(id)).containsExactly("RELEASE_PUBLISHED_ON_SCHEDULE");
		assertThat(this.mvc.get().uri("/admin/audit?lang=en").with(editor())).bodyText()
			.contains("The site (automatically)")
			.contains("Published a release at its scheduled time")
			.contains("release " + this.releases.findById(id).orElseThrow().slug());
	}

	@Test
	void yearZeroIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/admin/releases?lang=en")
			.param("commemoratedOn", "0000-01-20")
			.param("texts[en].title", "Title")
			.param("texts[en].body", "Body")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("There is no year 0");
	}

	@Test
	void moderatorsCannotPublish() {
		long id = create("Moderated 2027", BODY);
		assertThat(this.mvc.post()
			.uri("/admin/releases/" + id + "/publish")
			.with(user("moderator").roles("MODERATOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.releases.findById(id).orElseThrow().publishedAt()).isNull();
	}

	private long create(String title, String body) {
		MvcTestResult created = admin(this.mvc.post().uri("/admin/releases"), title, body).exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MvcTestResult schedule(long id, LocalDateTime at) {
		return this.mvc.post()
			.uri("/admin/releases/" + id + "/schedule")
			.param("publishAt", at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
			.with(editor())
			.with(csrf())
			.exchange();
	}

	private void edit(long id, String title, String body) {
		long version = this.releases.findById(id).orElseThrow().version();
		assertThat(admin(this.mvc.post().uri("/admin/releases/" + id).param("version", String.valueOf(version)), title,
				body))
			.hasStatus(HttpStatus.FOUND);
	}

	private MockMvcTester.MockMvcRequestBuilder admin(MockMvcTester.MockMvcRequestBuilder request, String title,
			String body) {
		return request.param("commemoratedOn", "2027-01-20")
			.param("killed", "131")
			.param("texts[az].title", title)
			.param("texts[az].summary", "Xülasə")
			.param("texts[az].body", body)
			.param("texts[en].title", title)
			.param("texts[en].body", body)
			.with(editor())
			.with(csrf());
	}

	private String translatedFrom(long id, String language) {
		return this.jdbc.queryForObject("select translated_from from release_text where release_id = ? and lang = ?",
				String.class, id, language);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("ADMIN");
	}

	private java.util.List<String> systemEntries(long id) {
		return this.jdbc.queryForList(
				"select action from audit_entry where by_system and actor = 'system' and subject = ?", String.class,
				this.releases.findById(id).orElseThrow().slug());
	}

	private java.util.List<String> audit() {
		return this.jdbc.queryForList("select action from audit_entry where actor = 'editor'", String.class);
	}

}
