package az.blackjanuary.memorial.names;

import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.image.TestImages;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The register of the fallen, as editors keep it and visitors read it. Every entry here
 * is plainly test data: the site ships with none.
 */
@MemorialSiteTest
class NamesTests {

	/** Three test entries: two published, one draft. */
	static final String CSV = """
			id,name_az,name_en,name_ru,born,died,age,place,source,text_az,text_en,text_ru,status
			test-1,Sınaq Məmmədov,Test Mammadov,Тест Мамедов,1960,1990-01-20,29,Test küçəsi,Test source,Sınaq mətni,Test text,,published
			test-2,Sınaq Qasımov,Test Gasimov,,1965-03,1990-01,,,,,,,published
			test-3,Əlabbas Sınaq,Alabbas Test,Алаббас Тест,,1990,,,,,,,draft
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void emptyTheRegister() {
		this.jdbc.update("UPDATE tribute SET remembered_person_id = NULL");
		this.jdbc.update("DELETE FROM timeline_event WHERE id IN (SELECT event_id FROM timeline_event_person)");
		this.jdbc.update("DELETE FROM person");
	}

	@Test
	void theRegisterIsAbsentUntilAnEntryIsPublished() {
		assertThat(this.mvc.get().uri("/names?lang=en")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().doesNotContain("href=\"/names\"");
		assertThat(this.mvc.get().uri("/api/v1/names")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.names")
			.asArray()
			.isEmpty();
		importForReal(CSV.replace(",published", ",draft"));
		assertThat(this.mvc.get().uri("/names?lang=en")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/names/sinaq-mammadov?lang=en")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().doesNotContain("/names");
	}

	@Test
	void aDryRunListsEveryRowAndStoresNothing() {
		assertThat(importFile(CSV, false)).hasStatusOk()
			.bodyText()
			.contains("New: 3, changed: 0, unchanged: 0, refused: 0.", "Sınaq Məmmədov", "New entry");
		assertThat(count()).isZero();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		importForReal(CSV);
		assertThat(count()).isEqualTo(3);
		assertThat(audit()).contains("PERSON_IMPORTED");
		String before = this.jdbc.queryForList("SELECT * FROM person ORDER BY id").toString();
		assertThat(importFile(CSV, false)).bodyText()
			.contains("New: 0, changed: 0, unchanged: 3, refused: 0.", "Nothing will be imported");
		assertThat(importFile(CSV, true)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.jdbc.queryForList("SELECT * FROM person ORDER BY id").toString()).isEqualTo(before);
		assertThat(importFile(CSV.replace("Test küçəsi", "Test prospekti"), false)).bodyText()
			.contains("New: 0, changed: 1, unchanged: 2, refused: 0.");
	}

	@Test
	void refusedRowsSayWhyAndNothingIsImported() {
		String csv = """
				id,name_az,born,died,age,status
				test-1,Sınaq Biri,1990,1960,,
				,Sınaq İki,,,,
				test-3,,,,,
				test-4,Sınaq Dörd,,,200,
				test-4,Sınaq Dörd,,,,
				test-6,Sınaq Altı,,,,buried
				test-7,Sınaq Yeddi,,,,
				""";
		assertThat(importFile(csv, false)).bodyText()
			.contains("New: 1, changed: 0, unchanged: 0, refused: 6.",
					"died: This date cannot come before the date of birth.", "The “id” column is empty",
					"name_az: Give the full name in Azerbaijani.", "age: Write the age as a number from 0 to 130.",
					"The identifier “test-4” appears more than once", "The “status” column may be draft");
		assertThat(importFile(csv, true)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(count()).isZero();
		assertThat(importFile("id,name_az,nickname\ntest-1,Sınaq,x\n", false)).bodyText()
			.contains("The header names columns the register does not have", "nickname");
	}

	@Test
	void namesAreInTheAlphabeticalOrderOfThePageLanguage() {
		importForReal(CSV.replace(",draft", ",published"));
		// Azerbaijani puts Ə after E, and Q after K, before L and M.
		assertThat(this.mvc.get().uri("/names?lang=az")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Siyahıda adların sayı: 3", ">Ə<", "Əlabbas Sınaq", ">S<", "Sınaq Qasımov",
					"Sınaq Məmmədov");
		assertThat(this.mvc.get().uri("/names?lang=en")).bodyText()
			.containsSubsequence(">A<", "Alabbas Test", ">T<", "Test Gasimov", "Test Mammadov");
		// Russian spellings first; an entry without one is listed by its Azerbaijani
		// name.
		assertThat(this.mvc.get().uri("/names?lang=ru")).bodyText()
			.containsSubsequence(">S<", "Sınaq Qasımov", ">А<", "Алаббас Тест", ">Т<", "Тест Мамедов");
	}

	/**
	 * A month known without its day follows the name in the list, and a label on the
	 * person's page: its small letter stays, as the language writes it mid-line.
	 */
	@Test
	void aDateKnownToTheMonthIsWrittenAsTheLanguageWritesItMidLine() {
		importForReal(CSV);
		assertThat(this.mvc.get().uri("/names?lang=ru")).bodyText()
			.contains("<time datetime=\"1990-01\">январь 1990 года</time>");
		assertThat(this.mvc.get().uri("/names?lang=az")).bodyText()
			.contains("<time datetime=\"1990-01\">yanvar 1990</time>");
		assertThat(this.mvc.get().uri("/names?lang=en")).bodyText()
			.contains("<time datetime=\"1990-01\">January 1990</time>");
		assertThat(this.mvc.get().uri("/names/sinaq-qasimov?lang=ru")).bodyText()
			.contains("<time datetime=\"1965-03\">март 1965 года</time>");
	}

	@Test
	void searchIgnoresCaseAndAzerbaijaniLetters() {
		importForReal(CSV);
		assertThat(this.mvc.get().uri("/names?lang=en&q=mammadov")).hasStatusOk()
			.bodyText()
			.contains("Test Mammadov")
			.doesNotContain("Test Gasimov");
		assertThat(this.mvc.get().uri("/names?lang=az&q=Mammadov")).bodyText()
			.contains("Sınaq Məmmədov")
			.doesNotContain("Sınaq Qasımov");
		assertThat(this.mvc.get().uri("/names?lang=az&q=Gasimov")).bodyText().contains("Sınaq Qasımov");
		assertThat(this.mvc.get().uri("/names?lang=az&q=SINAQ qasimov")).bodyText()
			.contains("Sınaq Qasımov")
			.doesNotContain("Sınaq Məmmədov");
		assertThat(this.mvc.get().uri("/names?lang=ru&q=мамедов")).bodyText().contains("Тест Мамедов");
		assertThat(this.mvc.get().uri("/names?lang=en&q=Alabbas")).bodyText()
			.as("a draft is not found")
			.contains("No name matches");
	}

	@Test
	void anEditorAddsPublishesAndHidesAnEntry() {
		assertThat(this.mvc.post()
			.uri("/admin/names?lang=en")
			.param("texts[az].name", "Sınaq Redaktor")
			.param("texts[ru].name", "")
			.param("died", "1990-01-20")
			.param("state", "DRAFT")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("SELECT id FROM person", Long.class);
		assertThat(this.mvc.get().uri("/names/sinaq-redaktor")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/names/" + id + "?lang=en").with(editor())).bodyText()
			.contains("Suggested Russian spelling: Сынаг Редактор.");
		this.mvc.post().uri("/admin/names/" + id + "/publish").with(editor()).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/names/sinaq-redaktor?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Sınaq Redaktor", "<time datetime=\"1990-01-20\">20 January 1990</time>",
					"href=\"/tributes?remembering=sinaq-redaktor#leave\"");
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("href=\"/names\"");
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().contains("/names/sinaq-redaktor?lang=ru");
		this.mvc.post().uri("/admin/names/" + id + "/hide").with(editor()).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/names/sinaq-redaktor")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(audit()).contains("PERSON_CREATED", "PERSON_PUBLISHED", "PERSON_HIDDEN");
	}

	@Test
	void anEntryWithoutItsAzerbaijaniNameIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/names?lang=en")
			.param("texts[en].name", "Test Only English")
			.param("died", "20 January")
			.param("state", "DRAFT")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("Give the full name in Azerbaijani.", "Write the date as a year");
		assertThat(count()).isZero();
	}

	@Test
	void visitorsCannotReachTheEditorsRegister() {
		assertThat(this.mvc.get().uri("/admin/names")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/names/import").param("csv", CSV).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/names/import").param("csv", CSV).with(editor()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count()).isZero();
	}

	@Test
	void aTributeMayRememberAPersonAndTheirPageShowsItOnceApproved() throws Exception {
		importForReal(CSV);
		long person = this.jdbc.queryForObject("SELECT id FROM person WHERE reference = 'test-1'", Long.class);
		assertThat(this.mvc.get().uri("/tributes?lang=en&remembering=sinaq-mammadov")).hasStatusOk()
			.bodyText()
			.contains("In memory of", "Test Mammadov", "name=\"rememberedPerson\" value=\"" + person + "\"");
		String ticket = ticketOf(this.mvc.get().uri("/tributes?lang=en").exchange());
		assertThat(this.mvc.post()
			.uri("/tributes?lang=en")
			.param("ticket", ticket)
			.param("message", "Test tribute remembering a test entry")
			.param("rememberedPerson", String.valueOf(person))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		long tribute = this.jdbc.queryForObject("SELECT id FROM tribute WHERE remembered_person_id = ?", Long.class,
				person);
		assertThat(this.mvc.get().uri("/names/sinaq-mammadov?lang=en")).bodyText()
			.doesNotContain("Test tribute remembering");
		this.jdbc.update("UPDATE tribute SET status = 'APPROVED' WHERE id = ?", tribute);
		assertThat(this.mvc.get().uri("/names/sinaq-mammadov?lang=en")).bodyText()
			.contains("Tributes in their memory", "Test tribute remembering");
		assertThat(this.mvc.get().uri("/tributes/" + tribute + "?lang=en")).bodyText()
			.contains("In memory of", "href=\"/names/sinaq-mammadov\"");
		String onTheWall = "<a href=\"/names/sinaq-mammadov\" lang=\"en\">Test Mammadov</a>";
		assertThat(tributeOnTheWall("/tributes?lang=en", tribute)).contains("In memory of", onTheWall);
		assertThat(tributeOnTheWall("/?lang=en", tribute)).contains(onTheWall);
		assertThat(tributeOnTheWall("/tributes?lang=ru", tribute)).contains("В память о:", "Тест Мамедов");
		assertThat(this.mvc.get().uri("/api/v1/tributes")).bodyJson()
			.extractingPath("$.tributes[?(@.id == " + tribute + ")].inMemoryOf")
			.asArray()
			.containsExactly("sinaq-mammadov");
		// An entry taken off the register is no longer named where the tribute stands.
		this.jdbc.update("UPDATE person SET state = 'HIDDEN' WHERE id = ?", person);
		assertThat(tributeOnTheWall("/tributes?lang=en", tribute)).contains("Test tribute remembering")
			.doesNotContain("In memory of", "/names/sinaq-mammadov");
		this.jdbc.update("DELETE FROM tribute WHERE id = ?", tribute);
	}

	/**
	 * The one tribute's article on a page, so that what it says is not taken from the
	 * rest.
	 */
	private String tributeOnTheWall(String page, long tribute) throws Exception {
		String body = this.mvc.get().uri(page).exchange().getResponse().getContentAsString();
		int start = body.indexOf("id=\"tribute-" + tribute + "\"");
		assertThat(start).as("tribute %d on %s", tribute, page).isNotNegative();
		return body.substring(start, body.indexOf("</article>", start));
	}

	@Test
	void aTributeNamingSomeoneNotInTheRegisterIsRefused() throws Exception {
		importForReal(CSV);
		long draft = this.jdbc.queryForObject("SELECT id FROM person WHERE reference = 'test-3'", Long.class);
		String ticket = ticketOf(this.mvc.get().uri("/tributes?lang=en").exchange());
		assertThat(this.mvc.post()
			.uri("/tributes?lang=en")
			.param("ticket", ticket)
			.param("message", "Test tribute for a draft")
			.param("rememberedPerson", String.valueOf(draft))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM tribute WHERE remembered_person_id IS NOT NULL",
				Long.class))
			.isZero();
	}

	@Test
	void theTimelineLinksThePublishedPeopleAnEventNames() {
		importForReal(CSV);
		long published = this.jdbc.queryForObject("SELECT id FROM person WHERE reference = 'test-1'", Long.class);
		long draft = this.jdbc.queryForObject("SELECT id FROM person WHERE reference = 'test-3'", Long.class);
		assertThat(this.mvc.get().uri("/admin/timeline/new?lang=en").with(editor())).bodyText()
			.contains("People the event names", "Alabbas Test");
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-20")
			.param("precision", "DAY")
			.param("texts[en].title", "Test event naming people")
			.param("texts[en].body", "Test text")
			.param("namedPeople", String.valueOf(published), String.valueOf(draft))
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText()
			.contains("Named:", "<a href=\"/names/sinaq-mammadov\" lang=\"en\">Test Mammadov</a>")
			.doesNotContain("Alabbas Test");
		assertThat(this.mvc.post()
			.uri("/admin/timeline?lang=en")
			.param("startsOn", "1990-01-20")
			.param("precision", "DAY")
			.param("texts[en].title", "Test event naming nobody known")
			.param("texts[en].body", "Test text")
			.param("namedPeople", "999999")
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("There is no such person in the register");
	}

	@Test
	void theApiListsPublishedEntriesInTheLanguageAskedFor() {
		importForReal(CSV);
		var list = assertThat(this.mvc.get().uri("/api/v1/names?lang=en")).hasStatusOk().bodyJson();
		list.extractingPath("$.names[*].name").asArray().containsExactly("Test Gasimov", "Test Mammadov");
		list.extractingPath("$.names[1].diedOn").isEqualTo("1990-01-20");
		// The id a tribute sent through the API names the person by.
		list.extractingPath("$.names[1].id")
			.isEqualTo(this.jdbc.queryForObject("SELECT id FROM person WHERE reference = 'test-1'", Long.class)
				.intValue());
		var one = assertThat(this.mvc.get().uri("/api/v1/names/sinaq-mammadov?lang=ru")).hasStatusOk().bodyJson();
		one.extractingPath("$.person.name").isEqualTo("Тест Мамедов");
		one.extractingPath("$.born").isEqualTo("1960");
		assertThat(this.mvc.get().uri("/api/v1/names/alabbas-test")).hasStatus(HttpStatus.NOT_FOUND);
		list.extractingPath("$.names[0].image").isNull();
		one.extractingPath("$.person.image").isNull();
	}

	@Test
	void theApiGivesAPersonsPhotographWithItsWordsInTheLanguageAskedFor() {
		long image = uploadedPortrait();
		assertThat(this.mvc.post()
			.uri("/admin/names")
			.param("texts[az].name", "Sınaq Portretli")
			.param("texts[en].name", "Test Portrait")
			.param("died", "1990-01-20")
			.param("state", "PUBLISHED")
			.param("imageId", String.valueOf(image))
			.with(editor())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		String files = "http://localhost:8080/images/"
				+ this.jdbc.queryForObject("SELECT content_hash FROM image WHERE id = ?", String.class, image);
		var one = assertThat(this.mvc.get().uri("/api/v1/names/sinaq-portretli?lang=ru")).hasStatusOk().bodyJson();
		one.extractingPath("$.person.image.alt").isEqualTo("Тестовый портрет");
		one.extractingPath("$.person.image.language").isEqualTo("ru");
		one.extractingPath("$.person.image.caption").isEqualTo("Тестовая подпись");
		one.extractingPath("$.person.image.credit").isEqualTo("Test credit");
		one.extractingPath("$.person.image.kind").isEqualTo("photo");
		one.extractingPath("$.person.image.width").isEqualTo(540);
		one.extractingPath("$.person.image.height").isEqualTo(720);
		one.extractingPath("$.person.image.files")
			.isEqualTo(List.of(Map.of("width", 480, "url", files + "-480.jpg"),
					Map.of("width", 540, "url", files + "-540.jpg")));
		var list = assertThat(this.mvc.get().uri("/api/v1/names?lang=en")).hasStatusOk().bodyJson();
		list.extractingPath("$.names[0].image.alt").isEqualTo("Test portrait");
		list.extractingPath("$.names[0].image.caption").as("no English caption was written").isNull();
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyText()
			.contains("\"image\":{\"$ref\":\"#/components/schemas/ImageJson\"}");
	}

	/**
	 * A test portrait, 540 × 720, uploaded as an editor does, with a Russian caption
	 * only.
	 */
	private long uploadedPortrait() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/images")
			.multipart()
			.file(new MockMultipartFile("file", "portrait.jpg", "image/jpeg", TestImages.jpeg(540, 720)))
			.param("kind", "PHOTO")
			.param("credit", "Test credit")
			.param("texts[az].altText", "Sınaq portreti")
			.param("texts[en].altText", "Test portrait")
			.param("texts[ru].altText", "Тестовый портрет")
			.param("texts[ru].caption", "Тестовая подпись")
			.with(editor())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void importForReal(String csv) {
		assertThat(importFile(csv, true)).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult importFile(String csv, boolean confirmed) {
		var request = this.mvc.post()
			.uri("/admin/names/import?lang=en")
			.multipart()
			.file("file", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.with(editor())
			.with(csrf());
		if (confirmed) {
			request = request.param("confirmed", "yes");
		}
		return request.exchange();
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
	}

	private java.util.List<String> audit() {
		return this.jdbc.queryForList("SELECT action FROM audit_entry", String.class);
	}

	private static String ticketOf(MvcTestResult page) throws Exception {
		String html = page.getResponse().getContentAsString();
		var matcher = java.util.regex.Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("ADMIN");
	}

}
