package az.blackjanuary.memorial.system;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database knows the languages the site speaks: texts reference
 * {@code site_language}, so a language added to {@link Language} without its migration
 * could store nothing.
 */
@MemorialSiteTest
class SiteLanguagesTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theLanguageTableHoldsEveryLanguageOfTheSiteAndNoOther() {
		assertThat(this.jdbc.queryForList("select code from site_language", String.class))
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Language.values()).map(Language::code).toList());
	}

}
