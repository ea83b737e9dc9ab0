package az.blackjanuary.memorial.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import az.blackjanuary.memorial.image.Picture;
import az.blackjanuary.memorial.image.Pictures;
import az.blackjanuary.memorial.names.Register;
import az.blackjanuary.memorial.release.ReleaseService;
import az.blackjanuary.memorial.release.ReleaseSummary;
import az.blackjanuary.memorial.system.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public timeline, each event with its honest date and the release it cites. */
@Service
@Transactional(readOnly = true)
class TimelineService {

	private final TimelineEventRepository events;

	private final ReleaseService releases;

	private final EventDateFormatter dates;

	private final Pictures pictures;

	private final Register register;

	TimelineService(TimelineEventRepository events, ReleaseService releases, EventDateFormatter dates,
			Pictures pictures, Register register) {
		this.events = events;
		this.releases = releases;
		this.dates = dates;
		this.pictures = pictures;
		this.register = register;
	}

	List<TimelineEntry> publicTimeline(Locale locale) {
		Language language = Language.of(locale);
		List<TimelineEvent> visible = this.events.findByHiddenFalseOrderBySortOrderAscStartsOnAsc();
		// A source that is not published (yet) is not cited: it would lead visitors to a
		// 404.
		Map<Long, ReleaseSummary> sources = this.releases.publishedSummaries(
				visible.stream().map(TimelineEvent::sourceReleaseId).filter(Objects::nonNull).distinct().toList(),
				language);
		Map<Long, Picture> pictures = this.pictures.pictures(
				visible.stream().map(TimelineEvent::imageId).filter(Objects::nonNull).distinct().toList(), language);
		return visible.stream()
			.filter((event) -> event.textFor(language).isPresent())
			.map((event) -> entry(event, language, locale, sources, pictures))
			.toList();
	}

	private TimelineEntry entry(TimelineEvent event, Language language, Locale locale,
			Map<Long, ReleaseSummary> sources, Map<Long, Picture> pictures) {
		var text = event.textFor(language).orElseThrow();
		return new TimelineEntry(this.dates.format(event.startsOn(), event.endsOn(), event.precision(), locale),
				EventDateFormatter.machineReadable(event.startsOn(), event.precision()),
				(event.endsOn() != null) ? event.endsOn().toString() : null, text.language(), text.content().title(),
				text.content().body(), (event.sourceReleaseId() != null) ? sources.get(event.sourceReleaseId()) : null,
				(event.imageId() != null) ? pictures.get(event.imageId()) : null,
				this.register.publishedLinks(event.namedPeople(), language));
	}

}
