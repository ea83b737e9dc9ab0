package az.blackjanuary.memorial.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen language in a cookie; on a first visit the browser's
 * Accept-Language picks among the site's languages, else Azerbaijani. A locale the site
 * does not speak (a tampered cookie, {@code ?lang=fr}) never gets through: it becomes the
 * default. A cookie that is not a locale at all ({@code lang=en%20}) is ignored as if it
 * were not there, rather than failing every page, the API and health.
 */
class SiteLocaleResolver extends CookieLocaleResolver {

	private static final List<Locale> SUPPORTED = Arrays.stream(Language.values()).map(Language::locale).toList();

	SiteLocaleResolver() {
		super("lang");
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
		setRejectInvalidCookies(false);
		setDefaultLocaleFunction(SiteLocaleResolver::fromAcceptLanguage);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Language.of(super.resolveLocale(request)).locale();
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		// Lazy: the language switch may still change the locale during this request.
		return () -> resolveLocale(request);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		Locale chosen = (localeContext != null) ? localeContext.getLocale() : null;
		super.setLocaleContext(request, response,
				(chosen != null) ? new SimpleLocaleContext(Language.of(chosen).locale()) : null);
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Language.DEFAULT.locale();
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return (match != null) ? match : Language.DEFAULT.locale();
		}
		catch (IllegalArgumentException malformed) {
			return Language.DEFAULT.locale();
		}
	}

}
