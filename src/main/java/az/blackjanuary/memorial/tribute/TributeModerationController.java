package az.blackjanuary.memorial.tribute;

import java.util.List;

import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderation queue, open to moderators and administrators. */
@Controller
@RequestMapping("/admin/tributes")
class TributeModerationController {

	private final TributeModeration moderation;

	TributeModerationController(TributeModeration moderation) {
		this.moderation = moderation;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "PENDING") TributeStatus status, Model model) {
		if (!TributeStatus.MODERATED.contains(status)) {
			throw new NotFoundException("No such moderation queue " + status);
		}
		model.addAttribute("status", status);
		model.addAttribute("statuses", TributeStatus.MODERATED);
		model.addAttribute("counts", this.moderation.counts());
		model.addAttribute("tributes", this.moderation.queue(status));
		model.addAttribute("queueSize", TributeModeration.QUEUE_SIZE);
		return "tribute/admin/queue";
	}

	@PostMapping
	String decide(@RequestParam(name = "id", required = false) List<Long> ids, @RequestParam TributeStatus decision,
			@RequestParam(defaultValue = "PENDING") TributeStatus status, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()
				|| (decision != TributeStatus.APPROVED && decision != TributeStatus.REJECTED)) {
			redirect.addFlashAttribute("notice", "admin.tributes.notice.none-chosen");
		}
		else {
			int decided = this.moderation.decide(ids, decision);
			redirect.addFlashAttribute("notice", (decision == TributeStatus.APPROVED)
					? "admin.tributes.notice.approved" : "admin.tributes.notice.rejected");
			redirect.addFlashAttribute("noticeCount", decided);
		}
		return "redirect:/admin/tributes?status=" + status;
	}

	/** A tribute changed by its author or a visitor's report while the moderator decided: decide again. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String changedMeanwhile(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "admin.tributes.notice.changed");
		return "redirect:/admin/tributes";
	}

}
