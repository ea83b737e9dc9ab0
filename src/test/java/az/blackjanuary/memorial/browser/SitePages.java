package az.blackjanuary.memorial.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every page the browser suites look at: what visitors see and what editors see. */
final class SitePages {

	static final String SEEDED_RELEASE = "2022-thirty-second-anniversary-of-the-black-january";

	static final String NOT_FOUND = "/no-such-page";

	static final List<String> PUBLIC = List.of("/", "/timeline", "/tributes", "/releases",
			"/releases/" + SEEDED_RELEASE, "/login", NOT_FOUND);

	private static final List<String> ADMIN = List.of("/admin", "/admin/releases", "/admin/releases/new",
			"/admin/timeline", "/admin/timeline/new", "/admin/tributes", "/admin/users", "/admin/audit",
			"/admin/account/password", "/admin/export");

	static final List<Integer> WIDTHS = List.of(390, 1280);

	private SitePages() {
	}

	/**
	 * The editors' pages, the seeded release's edit page and the page that asks before
	 * unpublishing it among them.
	 */
	static List<String> admin(JdbcTemplate jdbc) {
		Long seeded = jdbc.queryForObject("SELECT id FROM anniversary_release WHERE slug = ?", Long.class,
				SEEDED_RELEASE);
		List<String> pages = new ArrayList<>(ADMIN);
		pages.add("/admin/releases/" + seeded);
		pages.add("/admin/releases/" + seeded + "/unpublish");
		return pages;
	}

	/**
	 * Two tributes left by a visitor, the first approved: the wall and the moderation
	 * queue then both have one to show.
	 * @return the private page the second tribute's author is led to, as it is first
	 * shown
	 */
	static String leaveTributes(int port, JdbcTemplate jdbc) throws Exception {
		SiteClient visitor = new SiteClient(port);
		String approved = "Allah rəhmət eləsin. " + UUID.randomUUID();
		visitor.submit("/tributes", "/tributes", Map.of("name", "Aysel", "place", "Bakı", "message", approved));
		String authorsPage = visitor
			.submit("/tributes", "/tributes", Map.of("name", "Иван Петров", "nameShown", "INITIALS", "message",
					"Вечная память. " + UUID.randomUUID()))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		jdbc.update("UPDATE tribute SET status = 'APPROVED', moderated_at = CURRENT_TIMESTAMP WHERE message = ?",
				approved);
		return URI.create(authorsPage).getPath() + "?received";
	}

	/**
	 * The steps a visitor is asked to confirm: reporting a tribute on the wall and
	 * removing one's own, after {@link #leaveTributes}.
	 */
	static List<String> confirmations(JdbcTemplate jdbc, String authorsPage) {
		Long onTheWall = jdbc.queryForObject("SELECT max(id) FROM tribute WHERE status = 'APPROVED'", Long.class);
		return List.of("/tributes/" + onTheWall + "/report", URI.create(authorsPage).getPath() + "/removal");
	}

	/**
	 * The pages of the wall beyond its first: a tribute's own page and the wall searched,
	 * after {@link #leaveTributes}.
	 */
	static List<String> tributePages(JdbcTemplate jdbc) {
		Long onTheWall = jdbc.queryForObject("SELECT max(id) FROM tribute WHERE status = 'APPROVED'", Long.class);
		return List.of("/tributes/" + onTheWall, "/tributes?q=r%C9%99hm%C9%99t", "/tributes?q=nothing-matches-this");
	}

	static int expectedStatus(String path) {
		return path.equals(NOT_FOUND) ? 404 : 200;
	}

}
