package az.blackjanuary.memorial.staticcopy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.staticcopy.StaticCopy.Fetched;
import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes a page of the live site into a page of the copy: links to what is copied become
 * relative links to its file, links to anything else (the editors' area, a report, a
 * search) lead to the live site, and every form (the tribute form, the carnation button,
 * the search) becomes a short note with a link to the same page on the live site.
 */
@Component
class PageRewriter {

	/** The public pages a copy keeps; everything else stays on the live site. */
	private static final Pattern COPIED_PAGE = Pattern
		.compile("/|/timeline|/releases|/releases/[^/]+|/tributes|/tributes/\\d+|/feed\\.atom|/names|/names/[^/]+");

	private static final String LINKS = "a[href], link[href], img[src], script[src], source[src]";

	private static final Pattern ASSET_IN_TEXT = Pattern.compile("(?<=[(\"'\\s])/assets/[^)\"'\\s?#]+");

	private final String siteUrl;

	private final MessageSource messages;

	PageRewriter(MemorialProperties properties, MessageSource messages) {
		this.siteUrl = properties.siteUrl();
		this.messages = messages;
	}

	/** What a page or a stylesheet links to that the copy keeps. */
	List<CopiedAddress> linksOf(CopiedAddress at, Fetched fetched) {
		List<CopiedAddress> links = new ArrayList<>();
		if (fetched.html() != null) {
			for (Element element : fetched.html().select(LINKS)) {
				addressOf(at, reference(element)).ifPresent(links::add);
			}
			for (Element image : fetched.html().select("img[srcset]")) {
				for (String candidate : image.attr("srcset").split(",")) {
					addressOf(at, candidate.trim().split("\\s+")[0]).ifPresent(links::add);
				}
			}
		}
		else if (isText(fetched)) {
			Matcher assets = ASSET_IN_TEXT.matcher(new String(fetched.body(), StandardCharsets.UTF_8));
			while (assets.find()) {
				links.add(new CopiedAddress(null, assets.group()));
			}
		}
		return links;
	}

	/** The file's bytes in the copy. */
	byte[] rewrite(CopiedAddress at, Fetched fetched, Predicate<CopiedAddress> copied) {
		if (fetched.html() != null) {
			for (Element element : fetched.html().select(LINKS)) {
				String attribute = element.hasAttr("href") ? "href" : "src";
				element.attr(attribute, linkFrom(at, element.attr(attribute), copied));
			}
			for (Element image : fetched.html().select("img[srcset]")) {
				List<String> candidates = new ArrayList<>();
				for (String candidate : image.attr("srcset").split(",")) {
					String[] parts = candidate.trim().split("\\s+", 2);
					candidates.add(linkFrom(at, parts[0], copied) + ((parts.length > 1) ? " " + parts[1] : ""));
				}
				image.attr("srcset", String.join(", ", candidates));
			}
			for (Element form : fetched.html().select("form")) {
				form.replaceWith(note(at, form.id()));
			}
			return fetched.html().outerHtml().getBytes(StandardCharsets.UTF_8);
		}
		if (isText(fetched)) {
			Matcher assets = ASSET_IN_TEXT.matcher(new String(fetched.body(), StandardCharsets.UTF_8));
			return assets.replaceAll((asset) -> at.linkTo(new CopiedAddress(null, asset.group())))
				.getBytes(StandardCharsets.UTF_8);
		}
		return fetched.body();
	}

	/**
	 * The copy's first page: the choice of language, leading to Azerbaijani by itself.
	 */
	String languageChoice() {
		StringBuilder page = new StringBuilder(
				"<!DOCTYPE html>\n<html lang=\"az\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta http-equiv=\"refresh\" content=\"0; url=az/index.html\">\n<title>")
			.append(HtmlUtils.htmlEscape(this.messages.getMessage("site.name", null, Language.DEFAULT.locale())))
			.append("</title>\n</head>\n<body>\n<ul>\n");
		for (Language language : Language.values()) {
			page.append("<li><a href=\"")
				.append(language.code())
				.append("/index.html\" lang=\"")
				.append(language.code())
				.append("\">")
				.append(HtmlUtils.htmlEscape(this.messages.getMessage("site.name", null, language.locale())))
				.append("</a></li>\n");
		}
		return page.append("</ul>\n</body>\n</html>\n").toString();
	}

	private String linkFrom(CopiedAddress at, String reference, Predicate<CopiedAddress> copied) {
		Optional<CopiedAddress> target = addressOf(at, reference).filter(copied);
		if (target.isPresent()) {
			int fragment = reference.indexOf('#');
			return at.linkTo(target.get()) + ((fragment >= 0) ? reference.substring(fragment) : "");
		}
		return (reference.startsWith("/") && !reference.startsWith("//")) ? this.siteUrl + reference : reference;
	}

	/**
	 * The copied address a link leads to, if the copy keeps it: a public page in a
	 * language, or an asset.
	 */
	private static Optional<CopiedAddress> addressOf(CopiedAddress at, String reference) {
		if (reference.isEmpty() || reference.startsWith("#") || reference.startsWith("//")
				|| !(reference.startsWith("/") || reference.startsWith("?"))) {
			return Optional.empty();
		}
		URI uri = URI.create("http://site" + at.path()).resolve(reference);
		String path = uri.getRawPath();
		if (CopiedAddress.isAsset(path)) {
			return Optional.of(new CopiedAddress(null, path));
		}
		if (!COPIED_PAGE.matcher(path).matches()) {
			return Optional.empty();
		}
		String language = at.language();
		String cursor = null;
		if (uri.getRawQuery() != null) {
			for (String parameter : uri.getRawQuery().split("&")) {
				String[] pair = parameter.split("=", 2);
				if (pair[0].equals("lang") && pair.length == 2 && Language.fromCode(pair[1]).isPresent()) {
					language = pair[1];
				}
				else if ((pair[0].equals("before") || pair[0].equals("after")) && cursor == null) {
					cursor = parameter;
				}
				else {
					return Optional.empty();
				}
			}
		}
		return Optional.of(new CopiedAddress(language, (cursor != null) ? path + "?" + cursor : path));
	}

	private static String reference(Element element) {
		return element.hasAttr("href") ? element.attr("href") : element.attr("src");
	}

	private static boolean isText(Fetched fetched) {
		return fetched.type().startsWith("text/css") || fetched.type().contains("manifest+json");
	}

	private Element note(CopiedAddress at, String id) {
		Locale locale = Language.fromCode(at.language()).orElse(Language.DEFAULT).locale();
		Element note = new Element("p").addClass("static-note");
		if (!id.isEmpty()) {
			note.id(id);
		}
		note.appendText(this.messages.getMessage("static.note", null, locale) + " ");
		String live = this.siteUrl + at.path() + (at.path().contains("?") ? "&" : "?") + "lang=" + at.language();
		note.appendElement("a").attr("href", live).text(this.siteUrl);
		return note;
	}

}
