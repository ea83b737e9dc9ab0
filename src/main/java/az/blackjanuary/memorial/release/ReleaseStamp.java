package az.blackjanuary.memorial.release;

import java.time.Instant;

/** A published release's address and when it last changed, for the sitemap. */
public record ReleaseStamp(String slug, Instant lastModified) {
}
