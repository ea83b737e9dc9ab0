package az.blackjanuary.memorial.timeline;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/timeline")
	String timeline(Locale locale, Model model) {
		model.addAttribute("events", this.timeline.publicTimeline(locale));
		return "timeline/index";
	}

}
