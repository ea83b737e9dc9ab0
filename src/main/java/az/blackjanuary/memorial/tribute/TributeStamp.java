package az.blackjanuary.memorial.tribute;

import java.time.Instant;

/** An approved tribute's own page and when it last changed, for the sitemap. */
public record TributeStamp(long id, Instant lastModified) {
}
