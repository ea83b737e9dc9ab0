package az.blackjanuary.memorial.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code memorial.rate-limit}: how often one client may post.
 *
 * @param enabled false turns every limit off (for benchmarks)
 * @param tributesPerMinute tributes one client may leave in a minute
 * @param carnationsPerMinute carnations one client may lay in a minute
 * @param signInsPerMinute passwords one client may try in a minute, signing in or changing their own
 * @param trustedProxies addresses of the proxies in front of the site; only a request from one
 * of them has its client read from {@code X-Forwarded-For}
 */
@ConfigurationProperties("memorial.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int tributesPerMinute,
		@DefaultValue("30") int carnationsPerMinute, @DefaultValue("10") int signInsPerMinute,
		@DefaultValue List<String> trustedProxies) {
}
