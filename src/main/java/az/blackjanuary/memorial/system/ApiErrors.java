package az.blackjanuary.memorial.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The JSON API's errors as RFC 9457 problem details: the status, a title in the client's
 * language and, for invalid input, what is wrong with each field. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, locale);
		List<Map<String, String>> errors = invalid.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, LocaleContextHolder.getLocale());
	}

	/**
	 * Before the site's pages' own answer to an outage, which this advice's order puts
	 * after.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException failure) {
		if (!DatabaseOutage.isOutage(failure)) {
			throw failure;
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfterSeconds(failure))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, LocaleContextHolder.getLocale()));
	}

	private ProblemDetail problem(HttpStatus status, Locale locale) {
		return problem(this.messages, status, locale);
	}

	/**
	 * A problem detail with its title in the client's language, for the API's errors
	 * wherever they arise.
	 */
	static ProblemDetail problem(MessageSource messages, HttpStatus status, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(
				messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale));
		return problem;
	}

}
