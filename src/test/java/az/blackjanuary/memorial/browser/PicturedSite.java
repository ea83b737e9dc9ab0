package az.blackjanuary.memorial.browser;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.image.TestImages;
import az.blackjanuary.memorial.system.SiteClient;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site with names and pictures, all plainly test data, put there through the editors'
 * routes as an editor would: a published person with a photograph, a timeline event with
 * a picture naming them, a picture on the seeded release and an approved tribute in the
 * person's memory. {@link #remove} takes it all away again, so that the register is
 * absent as the site ships.
 *
 * @param person the person's id in the register
 * @param photograph the person's photograph
 * @param picture the picture of the release and of the event
 * @param event the timeline event's id
 * @param tribute the tribute's id
 */
record PicturedSite(long person, long photograph, long picture, long event, long tribute) {

	/** The address made from the Azerbaijani name, Sınaq Şəkilli. */
	static final String PERSON_SLUG = "sinaq-sakilli";

	private static final String REFERENCE = "browser-test-pictured";

	private static final String EVENT_TITLE = "Test event with a picture";

	/** Puts the test data in place, signed in as the first administrator. */
	static PicturedSite create(int port, JdbcTemplate jdbc) throws Exception {
		SiteClient editor = signedIn(port);
		long photograph = uploaded(editor, TestImages.jpeg(560, 700), "portrait.jpg", "PHOTO", "Sınaq portreti",
				"Test portrait", "Тестовый портрет");
		long picture = uploaded(editor, TestImages.jpeg(1440, 960), "street.jpg", "PHOTO", "Sınaq küçə şəkli",
				"Test picture of a street", "Тестовый снимок улицы");

		Map<String, String> person = new LinkedHashMap<>();
		person.put("reference", REFERENCE);
		person.put("texts[az].name", "Sınaq Şəkilli");
		person.put("texts[en].name", "Test Pictured");
		person.put("texts[ru].name", "Тест Фотографов");
		person.put("texts[az].about", "Sınaq mətni: bu qeyd yalnız yoxlama üçündür.");
		person.put("texts[en].about", "Test text: this entry exists only for the checks.");
		person.put("texts[ru].about", "Тестовый текст: эта запись нужна только для проверок.");
		person.put("born", "1962-04");
		person.put("died", "1990-01-20");
		person.put("age", "27");
		person.put("place", "Test place");
		person.put("source", "Test source");
		person.put("state", "PUBLISHED");
		person.put("imageId", String.valueOf(photograph));
		assertRedirected(editor.submit("/admin/names/new", "/admin/names", person), "the person");
		long personId = jdbc.queryForObject("SELECT id FROM person WHERE reference = ?", Long.class, REFERENCE);

		Map<String, String> event = new LinkedHashMap<>();
		event.put("startsOn", "1990-01-21");
		event.put("precision", "DAY");
		event.put("texts[az].title", "Şəkilli sınaq hadisəsi");
		event.put("texts[az].body", "Sınaq mətni.");
		event.put("texts[en].title", EVENT_TITLE);
		event.put("texts[en].body", "Test text.");
		event.put("texts[ru].title", "Тестовое событие с изображением");
		event.put("texts[ru].body", "Тестовый текст.");
		event.put("imageId", String.valueOf(picture));
		event.put("namedPeople", String.valueOf(personId));
		assertRedirected(editor.submit("/admin/timeline/new", "/admin/timeline", event), "the event");
		long eventId = jdbc.queryForObject("SELECT event_id FROM timeline_event_text WHERE title = ?", Long.class,
				EVENT_TITLE);

		// The release editor would send its whole text again; the picture is what
		// changes.
		jdbc.update("UPDATE anniversary_release SET image_id = ? WHERE slug = ?", picture, SitePages.SEEDED_RELEASE);

		String words = "Test tribute in memory of a test entry.";
		assertRedirected(new SiteClient(port).submit("/tributes?remembering=" + PERSON_SLUG, "/tributes",
				Map.of("message", words, "rememberedPerson", String.valueOf(personId))), "the tribute");
		long tribute = jdbc.queryForObject("SELECT id FROM tribute WHERE remembered_person_id = ?", Long.class,
				personId);
		jdbc.update("UPDATE tribute SET status = 'APPROVED', moderated_at = CURRENT_TIMESTAMP WHERE id = ?", tribute);
		return new PicturedSite(personId, photograph, picture, eventId, tribute);
	}

	/** The visitors' pages that show the names and pictures. */
	List<String> publicPages() {
		return List.of("/names", "/names/" + PERSON_SLUG, "/", "/timeline", "/releases/" + SitePages.SEEDED_RELEASE,
				"/tributes/" + this.tribute);
	}

	/** The editors' pages of the register and the images, lists and edit pages. */
	List<String> adminPages() {
		return List.of("/admin/names", "/admin/names/new", "/admin/names/" + this.person, "/admin/names/import",
				"/admin/images", "/admin/images/new", "/admin/images/" + this.photograph,
				"/admin/timeline/" + this.event);
	}

	/** Takes the test data away: the site is again as it ships. */
	void remove(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM tribute WHERE id = ?", this.tribute);
		jdbc.update("UPDATE anniversary_release SET image_id = NULL WHERE image_id = ?", this.picture);
		jdbc.update("DELETE FROM timeline_event_person WHERE event_id = ?", this.event);
		jdbc.update("DELETE FROM timeline_event_text WHERE event_id = ?", this.event);
		jdbc.update("DELETE FROM timeline_event WHERE id = ?", this.event);
		jdbc.update("DELETE FROM person WHERE id = ?", this.person);
		jdbc.update("DELETE FROM image WHERE id IN (?, ?)", this.photograph, this.picture);
	}

	private static SiteClient signedIn(int port) throws Exception {
		SiteClient editor = new SiteClient(port);
		HttpResponse<String> signedIn = editor.submit("/login", "/login",
				Map.of("username", Browser.ADMIN, "password", Browser.ADMIN_PASSWORD));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return editor;
	}

	private static long uploaded(SiteClient editor, byte[] bytes, String filename, String kind, String az, String en,
			String ru) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", kind);
		fields.put("credit", "Test credit");
		fields.put("texts[az].altText", az);
		fields.put("texts[en].altText", en);
		fields.put("texts[ru].altText", ru);
		fields.put("texts[az].caption", az + ": sınaq üçün");
		fields.put("texts[en].caption", en + ", for the checks");
		fields.put("texts[ru].caption", ru + " для проверок");
		HttpResponse<String> uploaded = editor.upload("/admin/images/new", "/admin/images", fields, "file", filename,
				bytes);
		String location = assertRedirected(uploaded, filename);
		return Long.parseLong(URI.create(location).getPath().replaceAll(".*/", ""));
	}

	private static String assertRedirected(HttpResponse<String> answer, String what) {
		assertThat(answer.statusCode()).as("saving %s: %s", what, answer.body()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

}
