package az.blackjanuary.memorial.timeline;

import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.image.ImageJson;
import az.blackjanuary.memorial.release.ReleaseSummary;
import az.blackjanuary.memorial.system.MemorialProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public timeline as JSON, each date as precise as it is known. */
@RestController
@Tag(name = "Timeline", description = "The events, in chronological order")
class TimelineApiController {

	private final TimelineService timeline;

	private final MemorialProperties site;

	TimelineApiController(TimelineService timeline, MemorialProperties site) {
		this.timeline = timeline;
		this.site = site;
	}

	@GetMapping(path = "/api/v1/timeline", produces = "application/json")
	@Operation(summary = "Published events in order, each with its date in words and the release it cites")
	Timeline timeline(Locale locale) {
		return new Timeline(this.timeline.publicTimeline(locale).stream().map(this::event).toList());
	}

	private Event event(TimelineEntry entry) {
		ReleaseSummary source = entry.source();
		return new Event(entry.date(), entry.machineDate(), entry.machineEndDate(), entry.language().code(),
				entry.title(), entry.body(),
				(source != null)
						? new Source(source.slug(), source.title(), this.site.siteUrl() + "/releases/" + source.slug())
						: null,
				(entry.picture() != null) ? ImageJson.of(entry.picture(), this.site.siteUrl()) : null);
	}

	record Timeline(List<Event> events) {
	}

	/**
	 * @param date the date in words, in the language asked for ("Late 1980s", "19–20
	 * January 1990")
	 * @param start the date as far as it is known: a year, a year and month, or a day;
	 * null for a decade
	 * @param end the last day of a range of days, else null
	 * @param source the published release the facts come from, or null
	 * @param image the picture shown with the event, or null
	 */
	record Event(String date, @Schema(nullable = true) String start, @Schema(nullable = true) String end,
			String language, String title, String text, @Schema(nullable = true) Source source,
			@Schema(nullable = true) ImageJson image) {
	}

	record Source(String slug, String title, String url) {
	}

}
