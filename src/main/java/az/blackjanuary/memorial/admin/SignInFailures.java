package az.blackjanuary.memorial.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A failed sign-in shows the sign-in page again at once, with the name that was typed
 * still in it, and why: a wrong name or password (the same words whether the name exists
 * or not), or how long this client must wait before trying that name again. Nothing is
 * kept in a session for it.
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		if (failure instanceof SignInGuard.SignInHeldException held) {
			request.setAttribute(SignInController.HOLD, held.hold());
		}
		request.getRequestDispatcher(SignInController.FAILED).forward(request, response);
	}

}
