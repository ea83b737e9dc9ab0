package az.blackjanuary.memorial.release;

import java.time.Instant;

import az.blackjanuary.memorial.system.Language;

/**
 * A published release in one of the languages it is written in: one entry of the feed.
 *
 * @param translatedFrom the language of the original when this edition is a translation,
 * else null
 */
record ReleaseEdition(String slug, Language language, String title, String summary, String bodyHtml,
		Language translatedFrom, Instant publishedAt, Instant updatedAt) {
}
