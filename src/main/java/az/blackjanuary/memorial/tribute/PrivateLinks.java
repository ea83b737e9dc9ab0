package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.MemorialProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The author's private link as its author is given it: with the configured public
 * address, or, while that is left at its default (which reaches no other machine and no
 * other port), with the address the author's own request came to. That answer goes to the
 * author alone and is never stored or cached, so the request's Host decides nothing but
 * what its sender reads; canonical links, the feed, the sitemap and redirects keep to the
 * configured address.
 */
@Component
class PrivateLinks {

	private final MemorialProperties site;

	PrivateLinks(MemorialProperties site) {
		this.site = site;
	}

	String addressOf(String authorKey, HttpServletRequest request) {
		String base = this.site.siteUrlLeftAtDefault()
				? ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString()
				: this.site.siteUrl();
		return base + AuthorControlController.pathOf(authorKey);
	}

}
