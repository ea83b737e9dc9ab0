package az.blackjanuary.memorial.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The security headers every answer carries: Spring Security's defaults and the site's
 * own policies, in one place, so that the answers Spring Security never writes itself (an
 * address its firewall or Tomcat refused before the site saw it, a page served from the
 * cache before it) carry the same ones as every page.
 */
public final class SiteHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	static final List<HeaderWriter> WRITERS = List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
			new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
			new PermissionsPolicyHeaderWriter("camera=(), microphone=(), geolocation=()"));

	private SiteHeaders() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response) {
		for (HeaderWriter writer : WRITERS) {
			writer.writeHeaders(request, response);
		}
	}

}
