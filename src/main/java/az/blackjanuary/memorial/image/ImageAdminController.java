package az.blackjanuary.memorial.image;

import java.io.IOException;
import java.util.Locale;

import az.blackjanuary.memorial.system.FormInput;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LargeBodyRoute;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * The editors' images: upload a photograph or a document's scan with its words, and
 * change the words later. The pixels never change once kept: a corrected scan is a new
 * upload.
 */
@Controller
@RequestMapping(ImageAdminController.PATH)
class ImageAdminController {

	static final String PATH = "/admin/images";

	private static final Logger log = LoggerFactory.getLogger(ImageAdminController.class);

	/** The largest file an editor may upload. */
	static final DataSize MAX_UPLOAD = DataSize.ofMegabytes(10);

	/** Room beside the file for the words typed in the form. */
	private static final DataSize ROOM_FOR_THE_WORDS = DataSize.ofKilobytes(64);

	private static final String UPLOAD = "image/admin/upload";

	private static final String EDIT = "image/admin/edit";

	private final ImageAdminService images;

	private final ImageResizer resizer;

	ImageAdminController(ImageAdminService images, ImageResizer resizer) {
		this.images = images;
		this.resizer = resizer;
	}

	/**
	 * The upload route alone takes a body over the site's 64 KiB, and only from an
	 * administrator; a larger one is answered 413 with a page that names the limit.
	 */
	@Bean
	static LargeBodyRoute imageUploads() {
		return new LargeBodyRoute(PATH, DataSize.ofBytes(MAX_UPLOAD.toBytes() + ROOM_FOR_THE_WORDS.toBytes()));
	}

	/** The form is made by its constructor alone, as every editor's form with texts. */
	@InitBinder("imageForm")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String list(Locale locale, Model model) {
		model.addAttribute("images", this.images.all(Language.of(locale)));
		return "image/admin/list";
	}

	@GetMapping("/new")
	String newImage(Model model) {
		model.addAttribute("imageForm", ImageForm.empty());
		model.addAttribute("kinds", ImageKind.values());
		return UPLOAD;
	}

	@PostMapping
	ModelAndView upload(@Valid @ModelAttribute ImageForm imageForm, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		FormInput.bound(imageForm).check(errors);
		String fileError = fileError(file);
		ResizedImage resized = null;
		if (fileError == null) {
			try {
				resized = this.resizer.resize(file.getBytes());
			}
			catch (UnreadableImage unreadable) {
				// The editor is told the reason; what the decoder said is for the
				// operator.
				log.info("Upload refused ({}): {}", unreadable.reason(), String.valueOf(unreadable.getCause()));
				fileError = unreadable.reason();
			}
		}
		if (fileError != null || errors.hasErrors()) {
			ModelAndView again = new ModelAndView(UPLOAD, HttpStatus.UNPROCESSABLE_CONTENT);
			again.addObject("kinds", ImageKind.values());
			again.addObject("fileError", fileError);
			return again;
		}
		ImageAdminService.Uploaded uploaded = this.images.upload(resized, imageForm);
		redirect.addFlashAttribute("notice", uploaded.before() ? "admin.image.uploaded-before" : "admin.notice.saved");
		return new ModelAndView("redirect:" + PATH + "/" + uploaded.id());
	}

	private static String fileError(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return "admin.image.file-required";
		}
		if (file.getSize() > MAX_UPLOAD.toBytes()) {
			return "admin.image.too-large";
		}
		return null;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("imageForm", this.images.form(id));
		return edit(id, locale, model::addAttribute);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute ImageForm imageForm, BindingResult errors,
			Locale locale, RedirectAttributes redirect) {
		FormInput.bound(imageForm).check(errors);
		if (errors.hasErrors()) {
			ModelAndView again = new ModelAndView(EDIT, HttpStatus.UNPROCESSABLE_CONTENT);
			edit(id, locale, again::addObject);
			return again;
		}
		if (!this.images.update(id, imageForm)) {
			ModelAndView conflict = new ModelAndView(EDIT, HttpStatus.CONFLICT);
			edit(id, locale, conflict::addObject);
			conflict.addObject("conflict", true);
			return conflict;
		}
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return new ModelAndView("redirect:" + PATH + "/" + id);
	}

	private String edit(long id, Locale locale, java.util.function.BiConsumer<String, Object> model) {
		model.accept("imageId", id);
		model.accept("picture", this.images.picture(id, Language.of(locale)));
		model.accept("kinds", ImageKind.values());
		return EDIT;
	}

}
