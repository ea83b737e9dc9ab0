package az.blackjanuary.memorial.export;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' backup page: all content downloaded as one document. The download
 * is a form's POST, so that it carries a CSRF token and no link on another site can start
 * one.
 */
@Controller
class ExportController {

	private final SiteExport export;

	private final Clock clock;

	ExportController(SiteExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/admin/export")
	String page() {
		return "export/page";
	}

	/**
	 * Written straight to the answer, on the request's thread, so the audit log names the
	 * administrator.
	 */
	@PostMapping("/admin/export")
	void download(HttpServletResponse response) throws IOException {
		String filename = "memorial-export-" + LocalDate.now(this.clock) + ".json";
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		this.export.export(response.getOutputStream());
	}

}
