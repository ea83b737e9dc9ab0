package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import az.blackjanuary.memorial.image.ImageOption;
import az.blackjanuary.memorial.image.Pictures;
import az.blackjanuary.memorial.system.Language;

import az.blackjanuary.memorial.system.FormInput;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' side of releases: write, preview, save, publish now or later, unpublish.
 * What cannot be undone, or takes a release away from visitors, asks once first, on a
 * page of its own that says what will happen: no script is needed.
 */
@Controller
@RequestMapping("/admin/releases")
class ReleaseAdminController {

	private static final String FORM = "release/admin/form";

	private static final String CONFIRM = "release/admin/confirm";

	private final ReleaseAdminService releases;

	private final Clock clock;

	private final Pictures pictures;

	ReleaseAdminController(ReleaseAdminService releases, Clock clock, Pictures pictures) {
		this.releases = releases;
		this.clock = clock;
		this.pictures = pictures;
	}

	/** The images an editor may show with a release. */
	@ModelAttribute("imageOptions")
	List<ImageOption> imageOptions(Locale locale) {
		return this.pictures.options(Language.of(locale));
	}

	/**
	 * The form is made by its constructor alone: a text sent for a language the site does
	 * not speak ({@code texts[fr].title}) is dropped there, rather than bound afterwards.
	 */
	@InitBinder("releaseForm")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("releases", this.releases.all());
		return "release/admin/list";
	}

	@GetMapping("/new")
	String newRelease(Model model) {
		model.addAttribute("releaseForm", this.releases.newForm());
		return FORM;
	}

	@PostMapping
	ModelAndView create(@Valid @ModelAttribute ReleaseForm releaseForm, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
		check(releaseForm, errors);
		if (errors.hasErrors() || "preview".equals(action)) {
			return formAgain(releaseForm, errors, null);
		}
		long id = this.releases.create(releaseForm);
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:/admin/releases/" + id);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("releaseForm", this.releases.form(id));
		model.addAttribute("release", this.releases.row(id));
		return FORM;
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute ReleaseForm releaseForm, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
		check(releaseForm, errors);
		if (errors.hasErrors() || "preview".equals(action)) {
			return formAgain(releaseForm, errors, id);
		}
		try {
			this.releases.update(id, releaseForm);
		}
		catch (ReleaseConflictException | ObjectOptimisticLockingFailureException conflict) {
			ModelAndView form = formAgain(releaseForm, errors, id);
			form.addObject("conflict", true);
			form.setStatus(HttpStatus.CONFLICT);
			return form;
		}
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:/admin/releases/" + id);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		this.releases.publishNow(id);
		redirect.addFlashAttribute("notice", "admin.release.notice.published");
		return "redirect:/admin/releases/" + id;
	}

	@PostMapping("/{id}/schedule")
	String schedule(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			RedirectAttributes redirect) {
		if (this.releases.schedule(id, publishAt.atZone(this.clock.getZone()).toInstant())) {
			redirect.addFlashAttribute("notice", "admin.release.notice.scheduled");
		}
		else {
			redirect.addFlashAttribute("refusal", "admin.release.notice.not-scheduled");
		}
		return "redirect:/admin/releases/" + id;
	}

	/** Asks before a public release is taken off the site. */
	@GetMapping("/{id}/unpublish")
	String confirmUnpublish(@PathVariable long id, Model model) {
		ReleaseRow release = this.releases.row(id);
		if (release.state() != ReleaseRow.ReleaseState.PUBLISHED) {
			return "redirect:/admin/releases/" + id;
		}
		model.addAttribute("release", release);
		model.addAttribute("what", "unpublish");
		return CONFIRM;
	}

	/**
	 * Takes a public release off the site once the editor has confirmed it, or calls off
	 * a schedule at once: that leaves a draft nobody has seen, and it can be scheduled
	 * again.
	 */
	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed && this.releases.row(id).state() == ReleaseRow.ReleaseState.PUBLISHED) {
			return "redirect:/admin/releases/" + id + "/unpublish";
		}
		boolean calledOff = this.releases.unpublish(id);
		redirect.addFlashAttribute("notice",
				calledOff ? "admin.release.notice.called-off" : "admin.release.notice.unpublished");
		return "redirect:/admin/releases/" + id;
	}

	/** Asks before a draft is deleted for good, or says at once why it cannot be. */
	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Optional<String> refusal = this.releases.deletionRefusal(id);
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get());
			return "redirect:/admin/releases/" + id;
		}
		model.addAttribute("release", this.releases.row(id));
		model.addAttribute("what", "delete");
		return CONFIRM;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/admin/releases/" + id + "/delete";
		}
		Optional<String> refusal = this.releases.deleteDraft(id);
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get());
			return "redirect:/admin/releases/" + id;
		}
		redirect.addFlashAttribute("notice", "admin.release.notice.deleted");
		return "redirect:/admin/releases";
	}

	/** What annotations cannot check: hidden characters, and a picture that exists. */
	private void check(ReleaseForm form, BindingResult errors) {
		FormInput.bound(form).check(errors);
		if (form.imageId() != null && !this.pictures.exists(form.imageId())) {
			errors.rejectValue("imageId", "admin.image.no-such-image");
		}
	}

	private ModelAndView formAgain(ReleaseForm form, BindingResult errors, Long id) {
		ModelAndView view = new ModelAndView(FORM,
				errors.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
		view.addObject("releaseForm", form);
		if (!errors.hasErrors()) {
			view.addObject("previews", this.releases.preview(form));
		}
		if (id != null) {
			view.addObject("release", this.releases.row(id));
		}
		return view;
	}

}
