package az.blackjanuary.memorial.pagecache;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.SiteClient;
import az.blackjanuary.memorial.system.SiteInstance;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer, each serving its
 * pages from its own cache: what an editor approves or publishes on one shows at once on
 * that one and within a second or two on the other, without anything but the database
 * between them.
 */
class PageCacheAcrossInstancesTests {

	private static final Duration A_SECOND_OR_TWO = Duration.ofMillis(2500);

	@Test
	void anApprovalAndAPublicationOnOneInstanceReachTheCachedPagesOfTheOther() throws Exception {
		String database = "jdbc:h2:mem:cached-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (SiteInstance first = start(database); SiteInstance second = start(database)) {
			SiteClient editor = signedIn(first.visitor());
			SiteClient visitorOfFirst = first.visitor();
			SiteClient visitorOfSecond = second.visitor();

			String message = "Remembered on both instances " + UUID.randomUUID();
			assertThat(visitorOfFirst.submit("/tributes", "/tributes", Map.of("message", message)).statusCode())
				.isEqualTo(302);
			cache(visitorOfFirst, "/tributes?lang=en");
			cache(visitorOfSecond, "/tributes?lang=en");
			long id = first.bean(JdbcClient.class)
				.sql("SELECT id FROM tribute WHERE message = ?")
				.param(message)
				.query(Long.class)
				.single();
			assertThat(editor
				.submit("/admin/tributes", "/admin/tributes", Map.of("id", String.valueOf(id), "decision", "APPROVED"))
				.statusCode()).isEqualTo(302);
			assertThat(visitorOfFirst.get("/tributes?lang=en").body()).as("at once where it was approved")
				.contains(message);
			assertThat(shownWithin(visitorOfSecond, "/tributes?lang=en", message)).as("soon on the other instance")
				.isTrue();

			String title = "The 36th anniversary " + UUID.randomUUID();
			cache(visitorOfFirst, "/?lang=en");
			cache(visitorOfSecond, "/?lang=en");
			HttpResponse<String> created = editor.submit("/admin/releases/new", "/admin/releases",
					Map.of("commemoratedOn", "2026-01-20", "texts[en].title", title, "texts[en].body", "We remember."));
			String releasePage = created.headers().firstValue("Location").orElseThrow();
			assertThat(editor.submit(releasePage, releasePage + "/publish", Map.of()).statusCode()).isEqualTo(302);
			assertThat(visitorOfFirst.get("/?lang=en").body()).as("at once where it was published").contains(title);
			assertThat(shownWithin(visitorOfSecond, "/?lang=en", title)).as("soon on the other instance").isTrue();
		}
	}

	/** Asks twice: the page is then surely in the instance's cache. */
	private static void cache(SiteClient visitor, String path) throws Exception {
		visitor.get(path);
		assertThat(visitor.get(path).statusCode()).isEqualTo(200);
	}

	private static boolean shownWithin(SiteClient visitor, String path, String text) throws Exception {
		long deadline = System.nanoTime() + A_SECOND_OR_TWO.toNanos();
		while (System.nanoTime() < deadline) {
			if (visitor.get(path).body().contains(text)) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private static SiteClient signedIn(SiteClient editor) throws Exception {
		editor.submit("/login", "/login", Map.of("username", "admin", "password", "first-admin-password"));
		return editor;
	}

	private static SiteInstance start(String database) {
		return SiteInstance.start(database, "--memorial.page-cache.enabled=true");
	}

}
