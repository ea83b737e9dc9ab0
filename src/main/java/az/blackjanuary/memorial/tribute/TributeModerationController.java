package az.blackjanuary.memorial.tribute;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import az.blackjanuary.memorial.system.FormInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue, open to moderators and administrators. Everything works without a
 * script: "select all" is a link to the same list with every box ticked, and rejecting
 * several tributes at once asks once first, on a page that says what will happen.
 */
@Controller
@RequestMapping("/admin/tributes")
class TributeModerationController {

	private final TributeModeration moderation;

	private final TributeProperties properties;

	TributeModerationController(TributeModeration moderation, TributeProperties properties) {
		this.moderation = moderation;
		this.properties = properties;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) String select,
			Model model) {
		ModerationView view = ModerationView.named(status);
		model.addAttribute("status", view);
		// The admin layout's language links keep the list shown, unless it is the first
		// one.
		model.addAttribute("queueStatus", (view != ModerationView.PENDING) ? view.name() : null);
		model.addAttribute("statuses", ModerationView.values());
		model.addAttribute("counts", counts());
		model.addAttribute("tributes", this.moderation.queue(view));
		model.addAttribute("queueSize", TributeModeration.QUEUE_SIZE);
		model.addAttribute("reportsToHide", this.properties.reportsToHide());
		model.addAttribute("allSelected", "all".equals(select));
		return "tribute/admin/queue";
	}

	@PostMapping
	ModelAndView decide(@RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam TributeStatus decision, @RequestParam(defaultValue = "PENDING") String status,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		ModerationView view = ModerationView.named(status);
		ModelAndView back = new ModelAndView("redirect:/admin/tributes?status=" + view);
		String why = (decision == TributeStatus.REJECTED) ? FormInput.clean(reason) : null;
		if (ids == null || ids.isEmpty()
				|| (decision != TributeStatus.APPROVED && decision != TributeStatus.REJECTED)) {
			redirect.addFlashAttribute("notice", "admin.tributes.notice.none-chosen");
			return back;
		}
		if (why != null && why.length() > Tribute.REJECTION_REASON_MAX) {
			redirect.addFlashAttribute("refusal", "admin.tributes.reason-too-long");
			return back;
		}
		if (decision == TributeStatus.REJECTED && ids.size() > 1 && !confirmed) {
			ModelAndView ask = new ModelAndView("tribute/admin/confirm-reject");
			ask.addObject("tributes", this.moderation.decidable(ids));
			ask.addObject("status", view);
			ask.addObject("reason", why);
			return ask;
		}
		int decided = this.moderation.decide(ids, decision, why);
		redirect.addFlashAttribute("notice", (decision == TributeStatus.APPROVED) ? "admin.tributes.notice.approved"
				: "admin.tributes.notice.rejected");
		redirect.addFlashAttribute("noticeCount", decided);
		return back;
	}

	/** How many tributes each list holds. */
	private Map<ModerationView, Long> counts() {
		Map<TributeStatus, Long> byStatus = this.moderation.counts();
		Map<ModerationView, Long> counts = new EnumMap<>(ModerationView.class);
		for (ModerationView view : ModerationView.values()) {
			counts.put(view,
					(view == ModerationView.REPORTED) ? this.moderation.reportedCount() : byStatus.get(view.status()));
		}
		return counts;
	}

	/**
	 * A tribute changed by its author or a visitor's report while the moderator decided:
	 * decide again.
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String changedMeanwhile(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "admin.tributes.notice.changed");
		return "redirect:/admin/tributes";
	}

}
