package az.blackjanuary.memorial.system;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Spring Security's cookie token repository with new tokens drawn without a shared lock:
 * it makes them with {@code UUID.randomUUID()}, whose one generator every request thread
 * waits for when each visitor without a cookie gets a token.
 */
public final class CsrfCookieTokens implements CsrfTokenRepository {

	/**
	 * The names {@link CookieCsrfTokenRepository} gives the cookie and the tokens it
	 * reads back.
	 */
	public static final String COOKIE = "XSRF-TOKEN";

	public static final String HEADER = "X-XSRF-TOKEN";

	public static final String PARAMETER = "_csrf";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	private final SecureRandom random;

	CsrfCookieTokens(SecureRandom random) {
		this.random = random;
		this.cookies.setCookieName(COOKIE);
		this.cookies.setHeaderName(HEADER);
		this.cookies.setParameterName(PARAMETER);
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		// 144 random bits in 24 characters: more than the 122 of the UUIDs Spring makes.
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		return new DefaultCsrfToken(HEADER, PARAMETER, BASE64.encodeToString(bytes));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		this.cookies.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.cookies.loadToken(request);
	}

}
