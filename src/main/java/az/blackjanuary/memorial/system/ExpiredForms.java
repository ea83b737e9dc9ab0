package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * A form sent without a valid CSRF token (its cookie was lost, blocked or has expired) is
 * refused, and nothing it carried is stored. On the pages whose form a visitor writes
 * words into, those words are not lost with it: the page comes back (403) with the form
 * filled in as it was sent, a notice, and a fresh token to send it again with. Anything
 * else refused is answered as before, with the site's 403 page.
 */
public final class ExpiredForms implements AccessDeniedHandler {

	/**
	 * The request attribute that tells the error page why a request was refused with 403:
	 * a form whose token has expired, or a page the signed-in editor's role does not
	 * open.
	 */
	static final String FORBIDDEN_FOR_ROLE = "forbiddenForRole";

	private static final String KEPT_FIELDS = ExpiredForms.class.getName() + ".keptFields";

	/**
	 * Never handed back: the old token, the form's one-time ticket and the field only
	 * bots fill in.
	 */
	private static final Set<String> NOT_KEPT = Set.of("_csrf", "ticket", "website");

	private final Set<String> formPages;

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	/**
	 * @param formPages paths whose page (GET) holds the form that posts to the same path
	 */
	ExpiredForms(Set<String> formPages) {
		this.formPages = formPages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = request.getServletPath();
		request.setAttribute(FORBIDDEN_FOR_ROLE, !(denied instanceof CsrfException));
		if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod()) || !this.formPages.contains(path)
				|| response.isCommitted()) {
			this.otherwise.handle(request, response, denied);
			return;
		}
		MutablePropertyValues kept = new MutablePropertyValues();
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_KEPT.contains(name)) {
				kept.add(name, (values.length == 1) ? values[0] : values);
			}
		});
		request.setAttribute(KEPT_FIELDS, kept);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		// Shown as the page is shown (a GET: nothing is stored), with the address's own
		// parameters only.
		request.getRequestDispatcher(path).forward(new AsPage(request), response);
	}

	/**
	 * Fills in a page's form with what was sent when its token was refused, and says why
	 * it came back; on any other visit the form stays as the page made it. Call after the
	 * form is in the model.
	 * @param formName the form's name in the model
	 * @param noticeCode the message that tells the visitor to send it again
	 */
	public static void refill(HttpServletRequest request, Model model, String formName, String noticeCode) {
		if (!(request.getAttribute(KEPT_FIELDS) instanceof MutablePropertyValues kept)) {
			return;
		}
		Object form = model.getAttribute(formName);
		if (form == null) {
			return;
		}
		WebDataBinder binder = new WebDataBinder(form, formName);
		binder.setFieldMarkerPrefix(null);
		binder.setFieldDefaultPrefix(null);
		binder.bind(kept);
		BindingResult result = binder.getBindingResult();
		result.reject(noticeCode);
		model.addAllAttributes(result.getModel());
	}

	/** The refused post, shown as its page: a GET with the address's parameters only. */
	private static final class AsPage extends RequestSizeFilter.QueryStringOnly {

		AsPage(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

	}

}
