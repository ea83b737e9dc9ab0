package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The Atom feed of published releases: one entry per release and language, built with
 * ROME. Each entry is marked with {@code xml:lang}, which ROME's model has no field for;
 * a translation begins by saying so, with a link to its original, as its page does.
 */
@RestController
class ReleaseFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ReleaseService releases;

	private final MemorialProperties properties;

	private final MessageSource messages;

	ReleaseFeedController(ReleaseService releases, MemorialProperties properties, MessageSource messages) {
		this.releases = releases;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed() throws FeedException {
		List<ReleaseEdition> editions = this.releases.editions();
		String site = this.properties.siteUrl();

		Feed feed = new Feed("atom_1.0");
		feed.setId(site + "/feed.atom");
		feed.setTitle(Arrays.stream(Language.values())
			.map((language) -> this.messages.getMessage("site.name", null, language.locale()))
			.collect(Collectors.joining(" · ")));
		feed.setUpdated(Date
			.from(editions.stream().map(ReleaseEdition::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
		feed.setAlternateLinks(List.of(link(site + "/", "alternate", null)));
		feed.setOtherLinks(List.of(link(site + "/feed.atom", "self", null)));
		Person author = new Person();
		author.setName("Black January memorial");
		feed.setAuthors(List.of(author));
		feed.setEntries(editions.stream().map((edition) -> entry(edition, site)).toList());

		Document xml = new WireFeedOutput().outputJDom(feed);
		Namespace atom = xml.getRootElement().getNamespace();
		List<Element> entries = xml.getRootElement().getChildren("entry", atom);
		for (int i = 0; i < entries.size(); i++) {
			entries.get(i).setAttribute("lang", editions.get(i).language().code(), Namespace.XML_NAMESPACE);
		}
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(new XMLOutputter(Format.getCompactFormat()).outputString(xml));
	}

	private Entry entry(ReleaseEdition edition, String site) {
		String url = site + "/releases/" + edition.slug() + "?lang=" + edition.language().code();
		Entry entry = new Entry();
		entry.setId(url);
		entry.setTitle(edition.title());
		entry.setAlternateLinks(List.of(link(url, "alternate", edition.language().code())));
		entry.setPublished(Date.from(edition.publishedAt()));
		entry.setUpdated(Date.from(edition.updatedAt()));
		Content summary = new Content();
		summary.setType(Content.TEXT);
		summary.setValue(edition.summary());
		entry.setSummary(summary);
		Content body = new Content();
		body.setType(Content.HTML);
		body.setValue(translationNote(edition, site) + edition.bodyHtml());
		entry.setContents(List.of(body));
		return entry;
	}

	/**
	 * For a translation, a first paragraph that says so, in its own language, and links
	 * to the original.
	 */
	private String translationNote(ReleaseEdition edition, String site) {
		Language original = edition.translatedFrom();
		if (original == null) {
			return "";
		}
		Locale locale = edition.language().locale();
		String said = this.messages.getMessage("content.translated-from." + original.code(), null, locale);
		String link = this.messages.getMessage("content.read-original", null, locale);
		String href = site + "/releases/" + edition.slug() + "?lang=" + original.code();
		return "<p><em>" + escape(said) + " <a href=\"" + escape(href) + "\" hreflang=\"" + original.code() + "\">"
				+ escape(link) + "</a></em></p>";
	}

	/**
	 * Only what HTML needs escaped: letters such as ü stay themselves in a UTF-8 feed.
	 */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static Link link(String href, String rel, String hreflang) {
		Link link = new Link();
		link.setHref(href);
		link.setRel(rel);
		link.setType("self".equals(rel) ? "application/atom+xml" : "text/html");
		link.setHreflang(hreflang);
		return link;
	}

}
