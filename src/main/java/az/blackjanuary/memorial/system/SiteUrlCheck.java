package az.blackjanuary.memorial.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Warns once at start-up when {@code memorial.site-url} is left at its default although
 * the site answers on another port or address: canonical and language links, the feed and
 * the sitemap then name an address that visitors cannot reach.
 */
@Component
class SiteUrlCheck {

	private static final Log logger = LogFactory.getLog(SiteUrlCheck.class);

	private static final int DEFAULT_PORT = 8080;

	private final MemorialProperties site;

	private final AtomicBoolean warned = new AtomicBoolean();

	SiteUrlCheck(MemorialProperties site) {
		this.site = site;
	}

	@EventListener
	void started(WebServerInitializedEvent started) {
		if (started.getApplicationContext().getServerNamespace() != null || !this.site.siteUrlLeftAtDefault()) {
			return; // a management server's own port, or an address that was set on
					// purpose
		}
		int port = started.getWebServer().getPort();
		String address = started.getApplicationContext().getEnvironment().getProperty("server.address");
		boolean elsewhere = port != DEFAULT_PORT || (StringUtils.hasText(address) && !isLoopback(address));
		if (elsewhere && this.warned.compareAndSet(false, true)) {
			logger.warn("memorial.site-url is left at its default " + MemorialProperties.DEFAULT_SITE_URL
					+ ", but the site answers on port " + port + (StringUtils.hasText(address) ? " of " + address : "")
					+ ": canonical and language links, the feed and the sitemap name an address visitors cannot"
					+ " reach. Set MEMORIAL_SITE_URL to the address visitors use.");
		}
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException unknown) {
			return false;
		}
	}

}
