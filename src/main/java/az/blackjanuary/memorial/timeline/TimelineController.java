package az.blackjanuary.memorial.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import az.blackjanuary.memorial.system.StructuredData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TimelineController {

	private final TimelineService timeline;

	private final StructuredData structuredData;

	TimelineController(TimelineService timeline, StructuredData structuredData) {
		this.timeline = timeline;
		this.structuredData = structuredData;
	}

	@GetMapping("/timeline")
	String timeline(Locale locale, Model model) {
		List<TimelineEntry> events = this.timeline.publicTimeline(locale);
		model.addAttribute("events", events);
		model.addAttribute("structuredData", this.structuredData.toJsonLd(eventList(events)));
		return "timeline/index";
	}

	/** The events with an exact enough date, as schema.org Events in an ordered list. */
	private static Map<String, Object> eventList(List<TimelineEntry> events) {
		List<Map<String, Object>> items = events.stream()
			.filter((event) -> event.machineDate() != null)
			.map(TimelineController::event)
			.toList();
		return Map.of("@context", "https://schema.org", "@type", "ItemList", "itemListElement", items);
	}

	private static Map<String, Object> event(TimelineEntry entry) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@type", "Event");
		event.put("name", entry.title());
		event.put("description", entry.body());
		event.put("inLanguage", entry.language().code());
		event.put("startDate", entry.machineDate());
		if (entry.machineEndDate() != null) {
			event.put("endDate", entry.machineEndDate());
		}
		return event;
	}

}
