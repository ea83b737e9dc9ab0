package az.blackjanuary.memorial.names;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import az.blackjanuary.memorial.image.ImageOption;
import az.blackjanuary.memorial.image.Pictures;
import az.blackjanuary.memorial.system.Language;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.LargeBodyRoute;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' side of the register: entries one by one, or from a CSV file. */
@Controller
@RequestMapping("/admin/names")
class PersonAdminController {

	private static final String FORM = "names/admin/form";

	private static final String IMPORT = "names/admin/import";

	private final PersonAdminService people;

	private final NamesImport imports;

	private final Pictures pictures;

	/**
	 * A CSV file is sent as a file, which the site takes only on routes that say so; it
	 * keeps the usual 64 KiB, since the dry run's page sends the same text back as a form
	 * field.
	 */
	@Bean
	static LargeBodyRoute csvImport() {
		return new LargeBodyRoute("/admin/names/import", DataSize.ofKilobytes(64));
	}

	PersonAdminController(PersonAdminService people, NamesImport imports, Pictures pictures) {
		this.people = people;
		this.imports = imports;
		this.pictures = pictures;
	}

	/** The images an editor may show as a person's photograph. */
	@ModelAttribute("imageOptions")
	List<ImageOption> imageOptions(Locale locale) {
		return this.pictures.options(Language.of(locale));
	}

	/**
	 * The form is made by its constructor alone: a text for a language the site does not
	 * speak is dropped there.
	 */
	@InitBinder("personForm")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String list(Locale locale, Model model) {
		model.addAttribute("people", this.people.all(locale));
		return "names/admin/list";
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		return form(PersonForm.empty(), null, model);
	}

	@PostMapping
	ModelAndView create(@Valid @ModelAttribute PersonForm personForm, BindingResult errors,
			RedirectAttributes redirect) {
		if (invalid(personForm, null, errors)) {
			return formAgain(personForm, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		long id = this.people.create(personForm);
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:/admin/names#person-" + id);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(this.people.form(id), id, model);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute PersonForm personForm, BindingResult errors,
			RedirectAttributes redirect) {
		if (invalid(personForm, id, errors)) {
			return formAgain(personForm, id, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.people.update(id, personForm)) {
			return formAgain(personForm, id, HttpStatus.CONFLICT).addObject("conflict", true);
		}
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:/admin/names#person-" + id);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id) {
		this.people.publish(id);
		return "redirect:/admin/names#person-" + id;
	}

	@PostMapping("/{id}/hide")
	String hide(@PathVariable long id) {
		this.people.hide(id);
		return "redirect:/admin/names#person-" + id;
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("columns", NamesImport.columns());
		return IMPORT;
	}

	/**
	 * A file or pasted text: a dry run first, which shows each row's outcome and offers
	 * the import with the same text; then the import, all rows or none.
	 */
	@PostMapping("/import")
	ModelAndView importFile(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String csv, @RequestParam(required = false) String confirmed, Locale locale,
			RedirectAttributes redirect) throws IOException {
		ModelAndView page = new ModelAndView(IMPORT);
		page.addObject("columns", NamesImport.columns());
		String text = (file != null && !file.isEmpty()) ? utf8(file.getBytes()) : FormInput.clean(csv);
		if (text == null) {
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page.addObject("refusal",
					(file != null && !file.isEmpty()) ? "names.import.not-utf8" : "names.import.nothing");
		}
		if (confirmed == null) {
			ImportPlan plan = this.imports.dryRun(text, locale);
			return page.addObject("plan", plan).addObject("csv", text);
		}
		ImportPlan plan = this.imports.importAll(text, locale);
		if (!plan.importable()) {
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page.addObject("plan", plan).addObject("csv", text);
		}
		redirect.addFlashAttribute("notice", "names.import.done");
		redirect.addFlashAttribute("noticeCount",
				plan.count(ImportPlan.Outcome.CREATED) + plan.count(ImportPlan.Outcome.CHANGED));
		return new ModelAndView("redirect:/admin/names");
	}

	/** The bytes as UTF-8 text, or null when they are not. */
	private static String utf8(byte[] bytes) {
		try {
			return FormInput.clean(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

	/** Checks what annotations cannot, and that no other entry has the identifier. */
	private boolean invalid(PersonForm form, Long id, BindingResult errors) {
		FormInput.bound(form).check(errors);
		if (!errors.hasFieldErrors("reference") && form.reference() != null
				&& this.people.referenceTaken(form.reference(), id)) {
			errors.rejectValue("reference", "names.form.reference-taken");
		}
		if (form.imageId() != null && !this.pictures.exists(form.imageId())) {
			errors.rejectValue("imageId", "admin.image.no-such-image");
		}
		if (form.state() == null) {
			errors.rejectValue("state", "typeMismatch");
		}
		return errors.hasErrors();
	}

	private String form(PersonForm form, Long id, Model model) {
		model.addAttribute("personForm", form);
		model.addAttribute("personId", id);
		model.addAttribute("states", PersonState.values());
		return FORM;
	}

	private ModelAndView formAgain(PersonForm form, Long id, HttpStatus status) {
		ModelAndView view = new ModelAndView(FORM, status);
		view.addObject("personId", id);
		view.addObject("states", PersonState.values());
		return view;
	}

}
