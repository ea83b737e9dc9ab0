package az.blackjanuary.memorial.audit;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log's page in the editors' area, newest entries first. */
@Controller
class AuditController {

	private static final int AUDIT_PAGE = 50;

	/**
	 * Far beyond any log, and near enough that the row offset stays a Java int: a page
	 * past the end is empty.
	 */
	private static final int LAST_PAGE = Integer.MAX_VALUE / AUDIT_PAGE - 1;

	private final AuditEntryRepository audit;

	private final AuditRows rows;

	AuditController(AuditEntryRepository audit, AuditRows rows) {
		this.audit = audit;
		this.rows = rows;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		model.addAttribute("entries",
				this.audit
					.findAllByOrderByOccurredAtDescIdDesc(
							PageRequest.of(Math.max(0, Math.min(page, LAST_PAGE)), AUDIT_PAGE))
					.map((entry) -> this.rows.of(entry, locale)));
		return "audit/log";
	}

}
