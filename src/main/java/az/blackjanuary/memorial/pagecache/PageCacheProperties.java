package az.blackjanuary.memorial.pagecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code memorial.page-cache}.
 *
 * @param enabled whether public pages are served from memory
 * @param timeToLive how long a rendered page is served before it is rendered again: the
 * longest another instance's change, or a scheduled release, takes to show
 * @param maxSize how much memory the rendered pages (one per address, language and
 * variant, plain and gzipped) may take; the least used go first
 */
@ConfigurationProperties("memorial.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration timeToLive,
		@DefaultValue("8MB") DataSize maxSize) {
}
