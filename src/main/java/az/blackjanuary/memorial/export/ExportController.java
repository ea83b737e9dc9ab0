package az.blackjanuary.memorial.export;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import az.blackjanuary.memorial.system.LargeBodyRoute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' backup page: all content downloaded as one document, and a document
 * taken back into an empty site. The download is a form's POST, so that it carries a CSRF
 * token and no link on another site can start one.
 */
@Controller
class ExportController {

	static final String IMPORT_PATH = "/admin/import";

	private static final String IMPORT_LIMIT = "${memorial.export.web-import-limit}";

	private final SiteExport export;

	private final MessageSource messages;

	private final Clock clock;

	private final DataSize importLimit;

	ExportController(SiteExport export, MessageSource messages, Clock clock,
			@Value(IMPORT_LIMIT) DataSize importLimit) {
		this.export = export;
		this.messages = messages;
		this.clock = clock;
		this.importLimit = importLimit;
	}

	/**
	 * An export is larger than a form: an administrator may upload one up to this size; a
	 * larger one is imported on the server, from the command line.
	 */
	@Bean
	static LargeBodyRoute webImport(@Value(IMPORT_LIMIT) DataSize limit) {
		return new LargeBodyRoute(IMPORT_PATH, limit);
	}

	@ModelAttribute("importLimitMegabytes")
	long importLimitMegabytes() {
		return this.importLimit.toMegabytes();
	}

	@GetMapping("/admin/export")
	String page() {
		return "export/page";
	}

	/**
	 * Written straight to the answer as it is read, on the request's thread, so the audit
	 * log names the administrator; not kept for an entity tag, which would hold the whole
	 * document, every image in it, in memory.
	 */
	@PostMapping("/admin/export")
	void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		String filename = "memorial-export-" + LocalDate.now(this.clock) + ".json";
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		this.export.export(response.getOutputStream());
	}

	/**
	 * Takes an export into this site; refused, with the reason in the administrator's
	 * language, when the site is not empty or the file is not an export.
	 */
	@PostMapping(IMPORT_PATH)
	String importDocument(@RequestParam(name = "document", required = false) MultipartFile document, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) throws IOException {
		try {
			if (document == null || document.isEmpty()) {
				throw new ImportRefusedException("noFile");
			}
			try (InputStream in = document.getInputStream()) {
				this.export.importFrom(in);
			}
		}
		catch (ImportRefusedException refused) {
			response.setStatus(
					"notEmpty".equals(refused.reason()) ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			model.addAttribute("importRefused", this.messages.getMessage(refused, locale));
			return "export/page";
		}
		redirect.addFlashAttribute("imported", document.getOriginalFilename());
		return "redirect:/admin/export";
	}

}
