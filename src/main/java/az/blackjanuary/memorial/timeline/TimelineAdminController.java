package az.blackjanuary.memorial.timeline;

import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.image.ImageOption;
import az.blackjanuary.memorial.image.Pictures;
import az.blackjanuary.memorial.names.Register;
import az.blackjanuary.memorial.release.ReleaseService;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' side of the timeline. */
@Controller
@RequestMapping("/admin/timeline")
class TimelineAdminController {

	private static final String FORM = "timeline/admin/form";

	private final TimelineAdminService timeline;

	private final ReleaseService releases;

	private final Pictures pictures;

	private final Register register;

	TimelineAdminController(TimelineAdminService timeline, ReleaseService releases, Pictures pictures,
			Register register) {
		this.timeline = timeline;
		this.releases = releases;
		this.pictures = pictures;
		this.register = register;
	}

	/** The images an editor may show with an event. */
	@ModelAttribute("imageOptions")
	List<ImageOption> imageOptions(Locale locale) {
		return this.pictures.options(Language.of(locale));
	}

	/**
	 * The form is made by its constructor alone: a text sent for a language the site does
	 * not speak ({@code texts[fr].title}) is dropped there, rather than bound afterwards.
	 */
	@InitBinder("timelineEventForm")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String list(Locale locale, Model model) {
		model.addAttribute("events", this.timeline.all(locale));
		return "timeline/admin/list";
	}

	@GetMapping("/new")
	String newEvent(Model model) {
		return form(TimelineEventForm.empty(), null, model);
	}

	@PostMapping
	ModelAndView create(@Valid @ModelAttribute TimelineEventForm timelineEventForm, BindingResult errors,
			RedirectAttributes redirect) {
		if (invalid(timelineEventForm, errors)) {
			return formAgain(null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		this.timeline.create(timelineEventForm);
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:/admin/timeline");
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(this.timeline.form(id), id, model);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute TimelineEventForm timelineEventForm,
			BindingResult errors, RedirectAttributes redirect) {
		if (invalid(timelineEventForm, errors)) {
			return formAgain(id, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.timeline.update(id, timelineEventForm)) {
			ModelAndView conflict = formAgain(id, HttpStatus.CONFLICT);
			conflict.addObject("conflict", true);
			return conflict;
		}
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:/admin/timeline");
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction) {
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An event moves up or down");
		}
		this.timeline.move(id, "up".equals(direction));
		return "redirect:/admin/timeline#event-" + id;
	}

	@PostMapping("/{id}/hide")
	String hide(@PathVariable long id) {
		this.timeline.hide(id);
		return "redirect:/admin/timeline#event-" + id;
	}

	@PostMapping("/{id}/show")
	String show(@PathVariable long id) {
		this.timeline.show(id);
		return "redirect:/admin/timeline#event-" + id;
	}

	/**
	 * Checks what annotations cannot: hidden characters, and a source release and a
	 * picture that exist.
	 */
	private boolean invalid(TimelineEventForm form, BindingResult errors) {
		FormInput.bound(form).check(errors);
		Long source = form.sourceReleaseId();
		if (source != null && !this.releases.exists(source)) {
			errors.rejectValue("sourceReleaseId", "admin.timeline.no-such-source");
		}
		if (form.imageId() != null && !this.pictures.exists(form.imageId())) {
			errors.rejectValue("imageId", "admin.image.no-such-image");
		}
		if (!this.register.allExist(form.namedPeople())) {
			errors.rejectValue("namedPeople", "admin.timeline.no-such-person");
		}
		return errors.hasErrors();
	}

	private String form(TimelineEventForm form, Long id, Model model) {
		model.addAttribute("timelineEventForm", form);
		model.addAttribute("eventId", id);
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("sources", this.releases.options());
		model.addAttribute("people", this.register.options(Language.of(LocaleContextHolder.getLocale())));
		return FORM;
	}

	private ModelAndView formAgain(Long id, HttpStatus status) {
		ModelAndView view = new ModelAndView(FORM, status);
		view.addObject("eventId", id);
		view.addObject("precisions", DatePrecision.values());
		view.addObject("sources", this.releases.options());
		view.addObject("people", this.register.options(Language.of(LocaleContextHolder.getLocale())));
		return view;
	}

}
