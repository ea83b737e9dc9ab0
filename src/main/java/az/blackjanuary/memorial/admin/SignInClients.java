package az.blackjanuary.memorial.admin;

import az.blackjanuary.memorial.system.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the sign-in who is asking: the client's address as the rate limits see it (behind
 * a trusted proxy, the forwarded one), for counting failures per client and for the audit
 * log.
 */
@Component
class SignInClients implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

	private final ClientAddress clients;

	SignInClients(ClientAddress clients) {
		this.clients = clients;
	}

	@Override
	public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
		return new WebAuthenticationDetails(this.clients.of(request), null);
	}

}
