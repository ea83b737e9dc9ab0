package az.blackjanuary.memorial.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under the {@code memorial} prefix.
 *
 * @param siteUrl the public address, used for canonical and alternate links, the feed and
 * the sitemap
 * @param timeZone the zone the anniversary is counted in (Baku's)
 * @param tributesPerPage how many tributes one page of the wall shows
 * @param tributesOnHome how many of the newest tributes the home page shows
 */
@ConfigurationProperties("memorial")
public record MemorialProperties(@DefaultValue(MemorialProperties.DEFAULT_SITE_URL) String siteUrl,
		@DefaultValue("Asia/Baku") ZoneId timeZone, @DefaultValue("20") int tributesPerPage,
		@DefaultValue("3") int tributesOnHome) {

	/** Where the site answers when it is started on a developer's machine as it comes. */
	static final String DEFAULT_SITE_URL = "http://localhost:8080";

	public MemorialProperties {
		siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
	}

	/**
	 * Whether the public address was left as it comes, which reaches no other machine.
	 */
	public boolean siteUrlLeftAtDefault() {
		return DEFAULT_SITE_URL.equals(this.siteUrl);
	}

}
