package az.blackjanuary.memorial.release;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import az.blackjanuary.memorial.system.StructuredData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The archive of published releases and each release on its own page. */
@Controller
class ReleaseController {

	private final ReleaseService releases;

	private final StructuredData structuredData;

	private final MemorialProperties properties;

	ReleaseController(ReleaseService releases, StructuredData structuredData, MemorialProperties properties) {
		this.releases = releases;
		this.structuredData = structuredData;
		this.properties = properties;
	}

	@GetMapping("/releases")
	String archive(Locale locale, Model model) {
		model.addAttribute("years", this.releases.archive(Language.of(locale)));
		return "release/archive";
	}

	@GetMapping("/releases/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		ReleaseView release = this.releases.published(slug, Language.of(locale));
		model.addAttribute("release", release);
		model.addAttribute("pageDescription", release.summary().summary());
		model.addAttribute("ogType", "article");
		model.addAttribute("structuredData", this.structuredData.toJsonLd(newsArticle(release.summary())));
		return "release/show";
	}

	/** The release as a schema.org NewsArticle. */
	private Map<String, Object> newsArticle(ReleaseSummary release) {
		String site = this.properties.siteUrl();
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", "NewsArticle");
		article.put("headline", release.title());
		article.put("description", release.summary());
		article.put("inLanguage", release.language().code());
		article.put("datePublished", release.publishedAt().toString());
		article.put("url", site + "/releases/" + release.slug());
		article.put("image", site + "/assets/img/share.png");
		article.put("publisher", Map.of("@type", "Organization", "name", "Black January memorial"));
		if (release.translatedFrom() != null) {
			article.put("translationOfWork",
					Map.of("@type", "NewsArticle", "inLanguage", release.translatedFrom().code(), "url",
							site + "/releases/" + release.slug() + "?lang=" + release.translatedFrom().code()));
		}
		return article;
	}

}
