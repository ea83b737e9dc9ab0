package az.blackjanuary.memorial.tribute;

import java.io.IOException;
import java.util.Locale;

import az.blackjanuary.memorial.system.ClientAddress;
import az.blackjanuary.memorial.system.DatabaseOutage;
import az.blackjanuary.memorial.system.ExpiredForms;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.RateLimited;
import az.blackjanuary.memorial.system.RateLimiter.LimitedAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The tribute wall and the form to leave a tribute on it. */
@Controller
class TributeController {

	private static final String WALL = "tribute/wall";

	private static final String RECEIVED = "redirect:/tributes?received#received";

	private final TributeService tributes;

	private final TributeIntake intake;

	private final TributeModeration moderation;

	private final FormTickets tickets;

	private final ClientAddress clients;

	private final RememberedPeople people;

	TributeController(TributeService tributes, TributeIntake intake, TributeModeration moderation, FormTickets tickets,
			ClientAddress clients, RememberedPeople people) {
		this.tributes = tributes;
		this.intake = intake;
		this.moderation = moderation;
		this.tickets = tickets;
		this.clients = clients;
		this.people = people;
	}

	/**
	 * The form has no check boxes, so no field markers: without this, the binder takes
	 * the CSRF token's "_csrf" for the marker of a field "csrf" and looks that field up
	 * through an exception, on every post.
	 */
	@InitBinder("tributeForm")
	void withoutFieldMarkers(WebDataBinder binder) {
		binder.setFieldMarkerPrefix(null);
	}

	/**
	 * The wall, or the tributes matching {@code q}. Also the page a form refused for its
	 * CSRF token comes back to, with the words kept.
	 */
	@GetMapping("/tributes")
	String wall(@RequestParam(required = false) String before, @RequestParam(required = false) String after,
			@RequestParam(required = false) String q, @RequestParam(required = false) String remembering, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		WallCursor older = WallCursor.fromLink(before);
		WallCursor newer = WallCursor.fromLink(after);
		if (WallSearch.tooLong(q)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("queryTooLong", WallSearch.MAX_LENGTH);
			model.addAttribute("query", q);
			model.addAttribute("wall", this.tributes.firstPage(Language.of(locale)));
		}
		else {
			WallSearch search = WallSearch.of(q);
			if (search != null) {
				// Searches are many and say nothing new: search engines keep to the wall.
				response.setHeader("X-Robots-Tag", "noindex, follow");
				model.addAttribute("query", search.words());
			}
			model.addAttribute("wall", this.tributes.page(older, newer, search, Language.of(locale)));
		}
		TributeForm form = new TributeForm();
		if (remembering != null) {
			// The form left from a person's page: it names them. One no longer published
			// is not named.
			this.people.published(remembering, Language.of(locale)).ifPresent((person) -> {
				form.setRememberedPerson(person.id());
				model.addAttribute("remembered", person);
				response.setHeader("X-Robots-Tag", "noindex, follow");
			});
		}
		model.addAttribute("tributeForm", form);
		model.addAttribute("ticket", this.intake.newTicket());
		ExpiredForms.refill(request, model, "tributeForm", "tribute.form.expired");
		return WALL;
	}

	/**
	 * Leads the author of a tribute received to its private page, whose address is the
	 * key to change or remove it; a form sent twice leads to the same page. A form to
	 * send again comes back with the words kept.
	 */
	@RateLimited(LimitedAction.TRIBUTE)
	@PostMapping("/tributes")
	ModelAndView leave(@Valid @ModelAttribute TributeForm tributeForm, BindingResult errors,
			@RequestParam(required = false) String ticket,
			@RequestParam(name = "website", required = false) String trap, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		TributeIntake.FormAnswer answer;
		RememberedPerson remembered;
		try {
			remembered = rememberedBy(tributeForm, locale);
			answer = this.intake.fromForm(tributeForm, !errors.hasErrors(), ticket, trap, Language.of(locale),
					this.clients.of(request));
		}
		catch (RuntimeException failed) {
			if (!DatabaseOutage.isOutage(failed)) {
				throw failed;
			}
			return formWhileTheDatabaseIsAway(ticket, errors, response);
		}
		if (answer.again()) {
			if (answer.reason() != null) {
				errors.reject(answer.reason());
			}
			return formAgain(answer.ticket(), Language.of(locale)).addObject("remembered", remembered);
		}
		return new ModelAndView(answer.privateKey()
			.map((authorKey) -> "redirect:" + AuthorControlController.pathOf(authorKey) + "?received#received")
			.orElse(RECEIVED));
	}

	/**
	 * Before a visitor's report is sent: the tribute, what will happen, and a reason to
	 * choose. A link under every tribute leads here, so a stray tap reports nothing.
	 */
	@GetMapping("/tributes/{id}/report")
	ModelAndView confirmReport(@PathVariable long id, HttpServletResponse response) {
		return reportPage(id, false, HttpStatus.OK, response);
	}

	/**
	 * A visitor's report of a tribute on the wall, with its reason: a moderator will look
	 * at it.
	 */
	@RateLimited(LimitedAction.REPORT)
	@PostMapping("/tributes/{id}/report")
	ModelAndView report(@PathVariable long id, @RequestParam(required = false) String reason,
			HttpServletRequest request, HttpServletResponse response) {
		ReportReason chosen = ReportReason.chosen(reason);
		if (chosen == null) {
			return reportPage(id, true, HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		this.moderation.report(id, this.tickets.hashOfAddress(this.clients.of(request)), chosen);
		return new ModelAndView("redirect:/tributes?reported#reported");
	}

	private ModelAndView reportPage(long id, boolean reasonMissing, HttpStatus status, HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		ModelAndView page = new ModelAndView("tribute/report", status);
		page.addObject("tribute", this.moderation.onTheWall(id));
		page.addObject("reasons", ReportReason.values());
		page.addObject("reasonMissing", reasonMissing);
		return page;
	}

	/**
	 * Two visitors' reports of one tribute at one moment: the later one is asked to try
	 * again.
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	void reportedAtTheSameMoment(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/**
	 * The visitor's words are handed back rather than lost with an error page. The same
	 * ticket goes with them: if the tribute was stored after all, sending it again stores
	 * nothing new.
	 */
	private ModelAndView formWhileTheDatabaseIsAway(String ticket, BindingResult errors, HttpServletResponse response) {
		errors.reject("tribute.form.unavailable");
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
		ModelAndView form = new ModelAndView(WALL, HttpStatus.SERVICE_UNAVAILABLE);
		form.addObject("ticket", ticket);
		return form;
	}

	/**
	 * The person of the register a tribute names, or null when it names none. The field
	 * is hidden: a person not in the register is a forged value, refused.
	 */
	private RememberedPerson rememberedBy(TributeForm form, Locale locale) {
		if (form.getRememberedPerson() == null) {
			return null;
		}
		return this.people.published(form.getRememberedPerson(), Language.of(locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such person in the register"));
	}

	/**
	 * The form again with what the visitor wrote, its errors and a ticket to send it
	 * with.
	 */
	private ModelAndView formAgain(String ticket, Language language) {
		ModelAndView form = new ModelAndView(WALL, HttpStatus.UNPROCESSABLE_CONTENT);
		form.addObject("wall", this.tributes.firstPage(language));
		form.addObject("ticket", ticket);
		return form;
	}

}
