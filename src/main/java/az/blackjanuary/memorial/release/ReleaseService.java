package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what visitors may see of the releases: only those whose publication time has come. */
@Service
@Transactional(readOnly = true)
public class ReleaseService {

	private final ReleaseRepository releases;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	ReleaseService(ReleaseRepository releases, MarkdownRenderer markdown, Clock clock) {
		this.releases = releases;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** The newest published release: the statement on the home page. */
	public Optional<ReleaseView> current(Language language) {
		return this.releases.findFirstByPublishedAtLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(this.clock.instant())
			.map((release) -> view(release, language));
	}

	public ReleaseView published(String slug, Language language) {
		return this.releases.findBySlugAndPublishedAtLessThanEqual(slug, this.clock.instant())
			.map((release) -> view(release, language))
			.orElseThrow(() -> new NotFoundException("No published release " + slug));
	}

	/** Published releases, newest first, grouped by the year they commemorate. */
	List<ArchiveYear> archive(Language language) {
		Map<Integer, List<ReleaseSummary>> byYear = this.releases
			.findByPublishedAtLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(this.clock.instant())
			.stream()
			.map((release) -> ReleaseSummary.of(release, language))
			.collect(Collectors.groupingBy((summary) -> summary.commemoratedOn().getYear(), LinkedHashMap::new,
					Collectors.toList()));
		return byYear.entrySet().stream().map((year) -> new ArchiveYear(year.getKey(), year.getValue())).toList();
	}

	/** Summaries of those of the given releases that are published, by id: for citing them as sources. */
	public Map<Long, ReleaseSummary> publishedSummaries(Collection<Long> ids, Language language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.releases.findByIdInAndPublishedAtLessThanEqual(ids, this.clock.instant())
			.stream()
			.collect(Collectors.toMap(Release::id, (release) -> ReleaseSummary.of(release, language)));
	}

	/** Every published release in every language it is written in, newest first. */
	List<ReleaseEdition> editions() {
		return this.releases.findByPublishedAtLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(this.clock.instant())
			.stream()
			.flatMap((release) -> release.texts()
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((text) -> new ReleaseEdition(release.slug(), text.getKey(), text.getValue().title(),
						text.getValue().summary(), text.getValue().bodyHtml(this.markdown),
						release.firstPublishedAt(), lastModified(release))))
			.toList();
	}

	public List<ReleaseStamp> publishedStamps() {
		return this.releases.findByPublishedAtLessThanEqualOrderByCommemoratedOnDescPublishedAtDesc(this.clock.instant())
			.stream()
			.map((release) -> new ReleaseStamp(release.slug(), lastModified(release)))
			.toList();
	}

	private static Instant lastModified(Release release) {
		return release.updatedAt().isAfter(release.publishedAt()) ? release.updatedAt() : release.publishedAt();
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
		ReleaseSummary summary = ReleaseSummary.of(release, language);
		String body = release.textFor(language).orElseThrow().content().bodyHtml(this.markdown);
		List<ReleaseView.StatedFigure> figures = release.figures()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((figure) -> new ReleaseView.StatedFigure(figure.getKey(), figure.getValue()))
			.toList();
		return new ReleaseView(summary, body, figures);
	}

}
