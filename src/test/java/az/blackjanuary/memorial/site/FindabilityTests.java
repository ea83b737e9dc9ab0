package az.blackjanuary.memorial.site;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What search engines, feed readers and link previews read. */
@MemorialSiteTest
class FindabilityTests {

	private static final String SEED = "/releases/2022-thirty-second-anniversary-of-the-black-january";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theAtomFeedHasAnEntryPerPublishedReleaseAndLanguage() throws Exception {
		String xml = body("/feed.atom");
		assertThat(this.mvc.get().uri("/feed.atom")).hasStatusOk()
			.contentType()
			.isCompatibleWith("application/atom+xml");
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getId()).isNotBlank();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getTitleEx().getValue()).startsWith("Qara Yanvar · Black January · Чёрный январь")
			.as("the site's name in every language")
			.satisfies((title) -> assertThat(title.split(" · ")).hasSize(Language.values().length));
		List<Entry> entries = feed.getEntries();
		assertThat(entries).hasSize(3);
		Entry entry = entries.get(1);
		assertThat(entry.getTitle()).isEqualTo("Thirty-second anniversary of the “Black January”");
		assertThat(entry.getAlternateLinks().get(0).getHref()).endsWith(SEED + "?lang=en");
		assertThat(entry.getContents().get(0).getValue()).startsWith("<p>On 20 January 2022, Azerbaijan commemorates");
		assertThat(xml).contains("<entry xml:lang=\"az\">", "<entry xml:lang=\"en\">", "<entry xml:lang=\"ru\">");
	}

	@Test
	void aTranslatedEntryOfTheFeedSaysSoAndLinksToItsOriginal() throws Exception {
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(body("/feed.atom")));
		Entry russian = feed.getEntries().get(2);
		assertThat(russian.getTitle()).isEqualTo("Тридцать вторая годовщина «Чёрного января»");
		assertThat(russian.getAlternateLinks().get(0).getHref()).endsWith(SEED + "?lang=ru");
		assertThat(russian.getContents().get(0).getValue())
			.startsWith("<p><em>Перевод с английского оригинала. <a href=\"http://localhost:8080" + SEED
					+ "?lang=en\" hreflang=\"en\">Читать оригинал</a></em></p>")
			.contains("131 мирный житель был убит, 744 человека ранены, 841 человек");
		assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
			.startsWith("<p><em>Bu mətn ingilis dilindəki orijinaldan tərcümə edilib.");
	}

	@Test
	void theSitemapListsEveryPublicPageInEveryLanguageWithItsAlternates() throws Exception {
		Document sitemap = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(body("/sitemap.xml"))));
		NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
		int languages = Language.values().length;
		// Tribute pages follow the site's pages: other tests of this context leave
		// tributes on the wall.
		long tributePages = this.jdbc.queryForObject("SELECT COUNT(*) FROM tribute WHERE status = 'APPROVED'",
				Long.class);
		assertThat(urls.getLength()).isEqualTo((5 + tributePages) * languages);
		String all = body("/sitemap.xml");
		for (long id : this.jdbc.queryForList("SELECT id FROM tribute WHERE status = 'APPROVED'", Long.class)) {
			assertThat(all).contains("<loc>http://localhost:8080/tributes/" + id + "?lang=en</loc>");
		}
		for (String page : List.of("/", "/timeline", "/tributes", "/releases", SEED)) {
			for (Language language : Language.values()) {
				assertThat(all).contains("<loc>http://localhost:8080" + page + "?lang=" + language.code() + "</loc>");
			}
		}
		Element seed = (Element) urls.item(4 * languages);
		// Changed since its publication on 20 January 2022 05:00 UTC: its translations
		// were added.
		assertThat(Instant.parse(seed.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod")
			.item(0)
			.getTextContent())).isAfter(Instant.parse("2022-01-20T05:00:00Z"));
		assertThat(seed.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength())
			.isEqualTo(languages);
		assertThat(all).doesNotContain("/admin");
	}

	@Test
	void robotsKeepTheEditorsAreaOutAndPointToTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Disallow: /admin")
			.contains("Sitemap: http://localhost:8080/sitemap.xml");
	}

	@Test
	void everyPageCarriesShareTagsWithTheSitesImage() {
		assertThat(this.mvc.get().uri("/timeline?lang=en")).bodyText()
			.contains("<meta property=\"og:title\" content=\"Timeline of the events\">")
			.contains("<meta property=\"og:image\" content=\"http://localhost:8080/assets/img/share.png\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/timeline?lang=en\">")
			.contains("<meta property=\"og:locale\" content=\"en_GB\">")
			.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
			.contains("<link rel=\"manifest\"")
			.contains("type=\"application/atom+xml\"");
		assertThat(this.mvc.get().uri("/assets/img/share.png")).hasStatusOk()
			.contentType()
			.isCompatibleWith("image/png");
		assertThat(this.mvc.get().uri("/assets/manifest.webmanifest")).hasStatusOk().bodyText().contains("\"icons\"");
	}

	@Test
	void aReleaseDescribesItselfAsANewsArticle() throws Exception {
		String page = body(SEED + "?lang=en");
		assertThat(page).contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta name=\"description\" content=\"On 20 January 2022, Azerbaijan commemorates");
		JsonNode article = jsonLd(page);
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString()).isEqualTo("Thirty-second anniversary of the “Black January”");
		assertThat(article.get("datePublished").asString()).isEqualTo("2022-01-20T05:00:00Z");
		assertThat(article.get("inLanguage").asString()).isEqualTo("en");
	}

	@Test
	void theTimelineDescribesItsEventsAsEvents() throws Exception {
		JsonNode list = jsonLd(body("/timeline?lang=en"));
		assertThat(list.get("@type").asString()).isEqualTo("ItemList");
		JsonNode assault = list.get("itemListElement").get(0);
		assertThat(assault.get("@type").asString()).isEqualTo("Event");
		assertThat(assault.get("name").asString()).isEqualTo("The assault on Baku");
		assertThat(assault.get("startDate").asString()).isEqualTo("1990-01-19");
		assertThat(assault.get("endDate").asString()).isEqualTo("1990-01-20");
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString();
	}

	private static JsonNode jsonLd(String page) {
		Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(page);
		assertThat(script.find()).as("the page has JSON-LD").isTrue();
		return JsonMapper.builder().build().readTree(script.group(1));
	}

}
