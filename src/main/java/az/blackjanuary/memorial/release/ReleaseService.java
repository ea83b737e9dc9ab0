package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import az.blackjanuary.memorial.image.Pictures;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what visitors may see of the releases: only those whose publication time has
 * come, and not before the day they commemorate. The home page, the release pages, the
 * archive, the feed, the sitemap, the API and the timeline's sources all follow this one
 * rule.
 */
@Service
@Transactional(readOnly = true)
public class ReleaseService {

	private final ReleaseRepository releases;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final Pictures pictures;

	ReleaseService(ReleaseRepository releases, MarkdownRenderer markdown, Clock clock, Pictures pictures) {
		this.releases = releases;
		this.markdown = markdown;
		this.clock = clock;
		this.pictures = pictures;
	}

	/**
	 * The newest published release whose day has come: the statement on the home page.
	 */
	public Optional<ReleaseView> current(Language language) {
		return this.releases
			.findFirstByPublishedAtLessThanEqualAndCommemoratedOnLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(
					this.clock.instant(), today())
			.map((release) -> view(release, language));
	}

	public ReleaseView published(String slug, Language language) {
		return this.releases
			.findBySlugAndPublishedAtLessThanEqualAndCommemoratedOnLessThanEqual(slug, this.clock.instant(), today())
			.map((release) -> view(release, language))
			.orElseThrow(() -> new NotFoundException("No published release " + slug));
	}

	/** Published releases, newest first, grouped by the year they commemorate. */
	List<ArchiveYear> archive(Language language) {
		Map<Integer, List<ReleaseSummary>> byYear = live().stream()
			.map((release) -> ReleaseSummary.of(release, language, this.clock.getZone()))
			.collect(Collectors.groupingBy((summary) -> summary.commemoratedOn().getYear(), LinkedHashMap::new,
					Collectors.toList()));
		return byYear.entrySet().stream().map((year) -> new ArchiveYear(year.getKey(), year.getValue())).toList();
	}

	/**
	 * Summaries of those of the given releases that are published, by id: for citing them
	 * as sources.
	 */
	public Map<Long, ReleaseSummary> publishedSummaries(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.releases
			.findByIdInAndPublishedAtLessThanEqualAndCommemoratedOnLessThanEqual(ids, this.clock.instant(), today())
			.stream()
			.collect(Collectors.toMap(Release::id,
					(release) -> ReleaseSummary.of(release, language, this.clock.getZone())));
	}

	/** Every published release in every language it is written in, newest first. */
	List<ReleaseEdition> editions() {
		return live().stream()
			.flatMap((release) -> release.texts()
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((text) -> new ReleaseEdition(release.slug(), text.getKey(), text.getValue().title(),
						text.getValue().summary(), text.getValue().bodyHtml(this.markdown),
						text.getValue().translatedFrom(), release.firstVisibleAt(this.clock.getZone()),
						lastModified(release))))
			.toList();
	}

	public List<ReleaseStamp> publishedStamps() {
		return live().stream().map((release) -> new ReleaseStamp(release.slug(), lastModified(release))).toList();
	}

	private List<Release> live() {
		return this.releases
			.findByPublishedAtLessThanEqualAndCommemoratedOnLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(
					this.clock.instant(), today());
	}

	/**
	 * Today on the site's calendar (Baku's): the day a release must have reached to be
	 * seen.
	 */
	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant lastModified(Release release) {
		Instant visible = release.visibleFrom(this.clock.getZone());
		return release.updatedAt().isAfter(visible) ? release.updatedAt() : visible;
	}

	/**
	 * Whether the release exists, drafts included: what an editor may cite as a source.
	 */
	public boolean exists(long id) {
		return this.releases.existsById(id);
	}

	/** Every release, drafts included, for editors choosing a source. */
	public List<ReleaseOption> options() {
		return this.releases.findAll()
			.stream()
			.sorted(Comparator.comparing(Release::commemoratedOn).reversed())
			.map((release) -> new ReleaseOption(release.id(), release.commemoratedOn().getYear() + " · "
					+ release.textFor(Language.DEFAULT).map((text) -> text.content().title()).orElse(release.slug())))
			.toList();
	}

	private ReleaseView view(Release release, Language language) {
		ReleaseSummary summary = ReleaseSummary.of(release, language, this.clock.getZone());
		String body = release.textFor(language).orElseThrow().content().bodyHtml(this.markdown);
		List<ReleaseView.StatedFigure> figures = release.figures()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((figure) -> new ReleaseView.StatedFigure(figure.getKey(), figure.getValue()))
			.toList();
		return new ReleaseView(summary, body, figures, this.pictures.picture(release.imageId(), language).orElse(null));
	}

}
