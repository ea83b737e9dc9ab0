package az.blackjanuary.memorial.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An editor's session lasts only as long as the account allows it: once the account is
 * disabled or its password set anew, every session opened before ends at its next
 * request. The account is read from the database each time, so this holds on every
 * instance.
 */
@Component
class EditorSessions implements HandlerInterceptor {

	private final AdminAccountRepository accounts;

	private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	EditorSessions(AdminAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !(signedIn.getPrincipal() instanceof SignedInEditor editor)) {
			return true;
		}
		boolean valid = this.accounts.findByUsername(editor.getUsername()).filter(editor::stillValidFor).isPresent();
		if (!valid) {
			this.signOut.logout(request, response, signedIn);
			response.sendRedirect(request.getContextPath() + "/login?ended");
		}
		return valid;
	}

	/**
	 * After editors set their own password, their own session goes on with it; any other
	 * ends.
	 */
	void renew(HttpServletRequest request, HttpServletResponse response) {
		String username = SecurityContextHolder.getContext().getAuthentication().getName();
		SignedInEditor editor = new SignedInEditor(this.accounts.findByUsername(username).orElseThrow());
		editor.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
