package az.blackjanuary.memorial.pagecache;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.system.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which requests the cache may answer, and under which key: a GET of a cached address by
 * a visitor without an editor's session, with no query parameter but {@code lang} (and
 * the wall's {@code before} or {@code after}). Editors' pages, pages with a notice
 * ({@code ?received}), the author's private page, the API and posts have no key.
 */
final class PageKeys {

	private static final Set<String> PAGES = Set.of("/", "/timeline", "/releases", "/tributes", "/names", "/feed.atom",
			"/sitemap.xml");

	private static final String RELEASE_PAGES = "/releases/";

	/**
	 * A person's page of the register: it changes with editors' work, posted under
	 * /admin/.
	 */
	private static final Pattern PERSON_PAGE = Pattern.compile("/names/[a-z0-9-]{1,160}");

	/**
	 * A tribute's own page changes when a moderator decides or its author changes it:
	 * both posts empty the cache.
	 */
	private static final Pattern TRIBUTE_PAGE = Pattern.compile("/tributes/\\d{1,18}");

	/**
	 * Where posts change what visitors see at once: editors' work and authors' own
	 * tributes.
	 */
	private static final List<String> CHANGING_POSTS = List.of("/admin/", "/tributes/yours/");

	/** The cookie of an editor's session (Spring Session); visitors have none. */
	private static final String SESSION_COOKIE = "SESSION";

	private final LocaleResolver locales;

	PageKeys(LocaleResolver locales) {
		this.locales = locales;
	}

	/** The cache's key for a request that may be served from it, else null. */
	PageKey keyOf(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String path = pathOf(request);
		if (!PAGES.contains(path) && !isReleasePage(path) && !TRIBUTE_PAGE.matcher(path).matches()
				&& !PERSON_PAGE.matcher(path).matches()) {
			return null;
		}
		if (hasCookie(request, SESSION_COOKIE)) {
			return null;
		}
		Language asked = null;
		String cursor = null;
		if (request.getQueryString() != null) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String[] given = parameter.getValue();
				if (given.length != 1) {
					return null;
				}
				String name = parameter.getKey();
				if (name.equals("lang")) {
					asked = Language.fromCode(given[0]).orElse(null);
					if (asked == null) {
						return null;
					}
				}
				else if ((name.equals("before") || name.equals("after")) && path.equals("/tributes")
						&& cursor == null) {
					cursor = name + "=" + given[0];
				}
				else {
					return null;
				}
			}
		}
		Language language = (asked != null) ? asked : Language.of(this.locales.resolveLocale(request));
		return new PageKey(path, cursor, language, asked != null);
	}

	/** Whether an answered post changed what visitors see, so that every page must go. */
	static boolean changesWhatVisitorsSee(HttpServletRequest request, int status) {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
				|| "OPTIONS".equals(request.getMethod()) || status >= 400) {
			return false;
		}
		String path = pathOf(request);
		return CHANGING_POSTS.stream().anyMatch(path::startsWith);
	}

	private static boolean isReleasePage(String path) {
		return path.startsWith(RELEASE_PAGES) && path.length() > RELEASE_PAGES.length()
				&& path.indexOf('/', RELEASE_PAGES.length()) < 0;
	}

	private static boolean hasCookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(name)) {
					return true;
				}
			}
		}
		return false;
	}

	static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
