package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import az.blackjanuary.memorial.system.Language;

/**
 * What a list or a citation shows of a published release.
 *
 * @param language the language the title and summary are written in, which may differ
 * from the visitor's
 * @param publishedAt when visitors could first read it
 * @param publishedOn the day of that, on the site's calendar: the date a citation gives
 * @param translatedFrom the language of the original when this text is a translation,
 * else null
 * @param languages every language the release is written in, in the site's order
 */
public record ReleaseSummary(String slug, Language language, String title, String summary, LocalDate commemoratedOn,
		Instant publishedAt, LocalDate publishedOn, Language translatedFrom, List<Language> languages) {

	static ReleaseSummary of(Release release, Language wanted, ZoneId zone) {
		var text = release.textFor(wanted)
			.orElseThrow(() -> new IllegalStateException("Release " + release.slug() + " has no text in any language"));
		Instant publishedAt = release.firstVisibleAt(zone);
		return new ReleaseSummary(release.slug(), text.language(), text.content().title(), text.content().summary(),
				release.commemoratedOn(), publishedAt,
				(publishedAt != null) ? LocalDate.ofInstant(publishedAt, zone) : null, text.content().translatedFrom(),
				release.texts().keySet().stream().sorted().toList());
	}

}
