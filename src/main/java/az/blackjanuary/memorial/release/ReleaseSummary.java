package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import az.blackjanuary.memorial.system.Language;

/**
 * What a list or a citation shows of a published release.
 *
 * @param language the language the title and summary are written in, which may differ from
 * the visitor's
 * @param publishedAt when visitors could first read it
 */
public record ReleaseSummary(String slug, Language language, String title, String summary, LocalDate commemoratedOn,
		Instant publishedAt) {

	static ReleaseSummary of(Release release, Language wanted, ZoneId zone) {
		var text = release.textFor(wanted).orElseThrow(() -> new IllegalStateException(
				"Release " + release.slug() + " has no text in any language"));
		return new ReleaseSummary(release.slug(), text.language(), text.content().title(), text.content().summary(),
				release.commemoratedOn(), release.firstVisibleAt(zone));
	}

}
