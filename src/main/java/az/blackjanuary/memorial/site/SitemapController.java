package az.blackjanuary.memorial.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import az.blackjanuary.memorial.names.Register;
import az.blackjanuary.memorial.release.ReleaseService;
import az.blackjanuary.memorial.release.ReleaseStamp;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import az.blackjanuary.memorial.tribute.TributeService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml}: every public page in every language, each listing its other
 * language versions, with the time it last changed.
 */
@RestController
class SitemapController {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final ReleaseService releases;

	private final TributeService tributes;

	private final Register register;

	private final MemorialProperties properties;

	SitemapController(ReleaseService releases, TributeService tributes, Register register,
			MemorialProperties properties) {
		this.releases = releases;
		this.tributes = tributes;
		this.register = register;
		this.properties = properties;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<ReleaseStamp> published = this.releases.publishedStamps();
		Instant newestRelease = published.stream().map(ReleaseStamp::lastModified).max(Instant::compareTo).orElse(null);
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("/", newestRelease));
		pages.add(new Page("/timeline", newestRelease));
		pages.add(new Page("/tributes", this.tributes.newestOnTheWallAt().orElse(null)));
		pages.add(new Page("/releases", newestRelease));
		published.forEach((release) -> pages.add(new Page("/releases/" + release.slug(), release.lastModified())));
		List<Register.PersonStamp> people = this.register.publishedStamps();
		if (!people.isEmpty()) {
			pages.add(new Page("/names",
					people.stream().map(Register.PersonStamp::lastModified).max(Instant::compareTo).orElse(null)));
			people.forEach((person) -> pages.add(new Page("/names/" + person.slug(), person.lastModified())));
		}
		this.tributes.onTheirOwnPages()
			.forEach((tribute) -> pages.add(new Page("/tributes/" + tribute.id(), tribute.lastModified())));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(write(pages));
	}

	private String write(List<Page> pages) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		xml.writeNamespace("xhtml", XHTML);
		for (Page page : pages) {
			for (Language language : Language.values()) {
				xml.writeStartElement("url");
				element(xml, "loc", address(page, language));
				if (page.lastModified() != null) {
					element(xml, "lastmod", page.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
				}
				for (Language other : Language.values()) {
					xml.writeEmptyElement("xhtml", "link", XHTML);
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", other.code());
					xml.writeAttribute("href", address(page, other));
				}
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private String address(Page page, Language language) {
		return this.properties.siteUrl() + page.path() + "?lang=" + language.code();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private record Page(String path, Instant lastModified) {
	}

}
