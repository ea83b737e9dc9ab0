package az.blackjanuary.memorial.release;

import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A release body is rendered and sanitised once, when it is saved; pages show what was
 * kept.
 */
@MemorialSiteTest
class ReleaseBodyRenderedOnceTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReleaseRepository releases;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.releases.findAll()
			.stream()
			.filter((release) -> release.commemoratedOn().getYear() >= 2027)
			.forEach(this.releases::delete);
	}

	@Test
	void aSavedBodyIsKeptAsSanitisedHtml() {
		assertThat(this.mvc.post()
			.uri("/admin/releases")
			.param("commemoratedOn", "2027-01-20")
			.param("texts[en].title", "Kept as HTML")
			.param("texts[en].body", "## Thirty-seven years\n\n<script>alert(1)</script> [x](javascript:alert(1))")
			.with(user("editor").roles("ADMIN"))
			.with(csrf())).hasStatus3xxRedirection();
		String html = this.jdbc.queryForObject(
				"SELECT body_html FROM release_text WHERE title = 'Kept as HTML' AND lang = 'en'", String.class);
		assertThat(html).contains("<h2>Thirty-seven years</h2>")
			.doesNotContain("<script")
			.doesNotContain("href=\"javascript");
	}

	@Test
	void theSeededBodiesAreRenderedAtStart() {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM release_text WHERE body_html IS NULL", Long.class))
			.isZero();
	}

	@Test
	void aPageShowsTheKeptHtmlWithoutRenderingTheMarkdownAgain() {
		List<Map<String, Object>> seed = this.jdbc
			.queryForList("SELECT r.slug, t.lang, t.body_html FROM anniversary_release r "
					+ "JOIN release_text t ON t.release_id = r.id WHERE r.slug LIKE '2022-%'");
		String slug = (String) seed.get(0).get("slug");
		String lang = (String) seed.get(0).get("lang");
		String kept = (String) seed.get(0).get("body_html");
		try {
			this.jdbc.update(
					"UPDATE release_text SET body_html = '<p>What was kept when it was saved</p>' "
							+ "WHERE lang = ? AND release_id = (SELECT id FROM anniversary_release WHERE slug = ?)",
					lang, slug);
			assertThat(this.mvc.get().uri("/releases/" + slug + "?lang=" + lang)).bodyText()
				.contains("What was kept when it was saved");
		}
		finally {
			this.jdbc.update(
					"UPDATE release_text SET body_html = ? "
							+ "WHERE lang = ? AND release_id = (SELECT id FROM anniversary_release WHERE slug = ?)",
					kept, lang, slug);
		}
	}

}
