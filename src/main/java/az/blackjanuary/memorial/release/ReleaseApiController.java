package az.blackjanuary.memorial.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.image.ImageJson;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published releases as JSON, in the language asked for ({@code ?lang=} or
 * Accept-Language).
 */
@RestController
@RequestMapping(path = "/api/v1/releases", produces = "application/json")
@Tag(name = "Releases", description = "The anniversary releases, as published")
class ReleaseApiController {

	private final ReleaseService releases;

	private final MemorialProperties site;

	ReleaseApiController(ReleaseService releases, MemorialProperties site) {
		this.releases = releases;
		this.site = site;
	}

	@GetMapping
	@Operation(summary = "Published releases, newest first; drafts and scheduled releases are not listed")
	ReleaseList list(Locale locale) {
		return new ReleaseList(this.releases.archive(Language.of(locale))
			.stream()
			.flatMap((year) -> year.releases().stream())
			.map(this::summary)
			.toList());
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One published release with its body as sanitised HTML and the figures it states")
	ReleaseDocument one(@PathVariable String slug, Locale locale) {
		ReleaseView release = this.releases.published(slug, Language.of(locale));
		return new ReleaseDocument(summary(release.summary()), release.bodyHtml(),
				release.figures()
					.stream()
					.map((figure) -> new Figure(figure.kind().name().toLowerCase(Locale.ROOT), figure.value()))
					.toList(),
				(release.picture() != null) ? ImageJson.of(release.picture(), this.site.siteUrl()) : null);
	}

	private Summary summary(ReleaseSummary release) {
		return new Summary(release.slug(), release.language().code(),
				(release.translatedFrom() != null) ? release.translatedFrom().code() : null,
				release.languages().stream().map(Language::code).toList(), release.title(), release.summary(),
				release.commemoratedOn(), release.publishedAt(), this.site.siteUrl() + "/releases/" + release.slug());
	}

	record ReleaseList(List<Summary> releases) {
	}

	/**
	 * @param language the language the texts are in, which may differ from the one asked
	 * for
	 * @param translatedFrom the language of the original when these texts are a
	 * translation of it (ask for that language to read the original), else null
	 * @param languages every language the release can be read in
	 * @param url the release's page on the site
	 */
	record Summary(String slug, String language, @Schema(nullable = true) String translatedFrom, List<String> languages,
			String title, String summary, LocalDate commemoratedOn, Instant publishedAt, String url) {
	}

	/**
	 * @param image the picture shown with the release, or null
	 */
	record ReleaseDocument(Summary release, String bodyHtml, List<Figure> figures,
			@Schema(nullable = true) ImageJson image) {
	}

	/** A figure as the release states it: killed, wounded or detained. */
	record Figure(String kind, int value) {
	}

}
