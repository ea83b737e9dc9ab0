package az.blackjanuary.memorial.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code memorial.rate-limit}: how often one client may post, and how long
 * and how many at once the site waits for what clients send.
 *
 * @param enabled false turns the per-client limits off (for benchmarks); the body's
 * deadline and the site-wide number of bodies read at once still hold
 * @param tributesPerMinute tributes one client may leave in a minute
 * @param carnationsPerMinute carnations one client may lay in a minute
 * @param signInsPerMinute passwords one client may try in a minute, signing in or
 * changing their own
 * @param reportsPerMinute reports of tributes one client may send in a minute
 * @param authorChangesPerMinute changes and removals one client may send from authors'
 * private pages in a minute
 * @param otherPostsPerMinute any other post outside the editors' area one client may send
 * in a minute
 * @param trustedProxies addresses of the proxies in front of the site; only a request
 * from one of them has its client read from {@code X-Forwarded-For}
 * @param bodyReadTime how long a request's body may take to arrive, whole; a slower one
 * is cut with 408
 * @param bodiesAtOnce how many request bodies the whole site waits for at once; keep it
 * well below Tomcat's threads ({@code server.tomcat.threads.max}), so that pages and
 * health always find one free
 * @param bodiesAtOncePerClient how many request bodies one client may be sending at once
 */
@ConfigurationProperties("memorial.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int tributesPerMinute,
		@DefaultValue("30") int carnationsPerMinute, @DefaultValue("10") int signInsPerMinute,
		@DefaultValue("10") int reportsPerMinute, @DefaultValue("10") int authorChangesPerMinute,
		@DefaultValue("30") int otherPostsPerMinute, @DefaultValue List<String> trustedProxies,
		@DefaultValue("20s") Duration bodyReadTime, @DefaultValue("8") int bodiesAtOnce,
		@DefaultValue("4") int bodiesAtOncePerClient) {
}
