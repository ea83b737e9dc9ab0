package az.blackjanuary.memorial.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container hands over (a refusal, a failure, an address no one
 * answers) gets the site's own page in the visitor's language, whatever the client said
 * it accepts; on the JSON API, a problem detail; and the same security headers as every
 * page. Never Spring Boot's JSON, never a stack trace. {@code /error} itself is no page:
 * visited directly, it is not found.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class SiteErrorController implements ErrorController {

	private final MessageSource messages;

	SiteErrorController(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A page (ModelAndView) or a problem detail (ResponseEntity): Spring MVC handles each
	 * by what it is.
	 */
	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// Refusals made before Spring Security saw the request (too large, too often)
		// carry its headers too.
		SiteHeaders.write(request, response);
		HttpStatus status = statusOf(request);
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked
				&& asked.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ApiErrors.problem(this.messages, status, locale);
			problem.setInstance(instance(asked));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		boolean busy = Boolean.TRUE.equals(request.getAttribute(DatabaseOutage.BUSY));
		Map<String, Object> model = new HashMap<>(Map.of("status", status.value(), "busy", busy));
		if (request.getAttribute(LargeBodyRoute.REFUSED_LIMIT) instanceof DataSize fileLimit) {
			model.put("fileLimitMegabytes", fileLimit.toMegabytes());
		}
		return new ModelAndView("error", model, status);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(code);
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** The address the client asked for, rather than this controller's own. */
	private static URI instance(String asked) {
		try {
			return new URI(asked);
		}
		catch (URISyntaxException unreadable) {
			return URI.create("/api");
		}
	}

}
