package az.blackjanuary.memorial.admin;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Who may open which part of the admin area. */
@MemorialSiteTest
class AdminAccessTests {

	private static final String[] EVERY_ADMIN_PAGE = { "/admin", "/admin/releases", "/admin/releases/new",
			"/admin/timeline", "/admin/timeline/new", "/admin/tributes", "/admin/tributes?status=REJECTED",
			"/admin/users", "/admin/audit", "/admin/account/password" };

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/releases", "/admin/releases/new", "/admin/timeline",
			"/admin/timeline/new", "/admin/tributes", "/admin/users", "/admin/audit", "/admin/account/password" })
	void anonymousVisitorsAreSentToSignIn(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/releases", "/admin/releases/new", "/admin/timeline", "/admin/timeline/new",
			"/admin/users", "/admin/audit" })
	void moderatorsAreRefusedOutsideModeration(String page) {
		assertThat(this.mvc.get().uri(page).with(user("moderator").roles("MODERATOR"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/tributes", "/admin/account/password" })
	void moderatorsMayModerate(String page) {
		assertThat(this.mvc.get().uri(page).with(user("moderator").roles("MODERATOR"))).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/releases", "/admin/timeline", "/admin/users" })
	void moderatorsCannotPostOutsideModeration(String area) {
		assertThat(this.mvc.post().uri(area).with(user("moderator").roles("MODERATOR")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(area + "/1/publish").with(user("moderator").roles("MODERATOR")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@org.junit.jupiter.api.Test
	void administratorsMayOpenEveryAdminPage() {
		for (String page : EVERY_ADMIN_PAGE) {
			assertThat(this.mvc.get().uri(page).with(user("editor").roles("ADMIN"))).as(page).hasStatusOk();
		}
	}

	@org.junit.jupiter.api.Test
	void everyAdminPageLinksItsOtherLanguages() {
		for (String page : EVERY_ADMIN_PAGE) {
			String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
			String kept = page.contains("?") ? page.substring(page.indexOf('?') + 1) + "&amp;" : "";
			assertThat(this.mvc.get().uri(page).with(user("editor").roles("ADMIN"))).as(page)
				.bodyText()
				.contains("<nav class=\"language-switch\"")
				.contains("href=\"" + path + "?" + kept + "lang=ru\"")
				.contains("href=\"" + path + "?" + kept + "lang=en\"");
		}
	}

	@org.junit.jupiter.api.Test
	void adminPagesSpeakTheEditorsLanguage() {
		assertThat(this.mvc.get().uri("/admin/releases?lang=ru").with(user("editor").roles("ADMIN"))).bodyText()
			.contains("<html lang=\"ru\"");
		assertThat(this.mvc.get().uri("/admin/releases?lang=en").with(user("editor").roles("ADMIN"))).bodyText()
			.contains("Write a release");
	}

}
