package az.blackjanuary.memorial.staticcopy;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One address of the site in the copy: a page in one language, or an asset shared by all.
 * Each page becomes an {@code index.html} in a folder of its own
 * ({@code en/timeline/index.html}), so that links name files, which work from any static
 * server and straight from disk alike.
 *
 * @param language the language folder, or null for an asset
 * @param path the path on the site, with the wall's cursor if any
 * ({@code /tributes?before=…})
 */
record CopiedAddress(String language, String path) {

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

	/** The stylesheet, fonts and icons, and the photographs and documents' files. */
	static boolean isAsset(String path) {
		return path.startsWith("/assets/") || path.startsWith("/images/");
	}

	/** The file, relative to the copy's folder. */
	String file() {
		int query = this.path.indexOf('?');
		String plain = (query < 0) ? this.path : this.path.substring(0, query);
		String file = (((this.language != null) ? this.language : "") + plain).replaceFirst("^/", "");
		if (plain.substring(plain.lastIndexOf('/') + 1).contains(".")) {
			return file;
		}
		if (!file.isEmpty() && !file.endsWith("/")) {
			file += "/";
		}
		if (query >= 0) {
			file += UNSAFE.matcher(this.path.substring(query + 1)).replaceAll("-") + "/";
		}
		return file + "index.html";
	}

	/** The link from this address's file to another's. */
	String linkTo(CopiedAddress target) {
		Path from = Path.of(file()).getParent();
		Path to = Path.of(target.file());
		String relative = ((from != null) ? from.relativize(to) : to).toString().replace('\\', '/');
		return relative.isEmpty() ? "index.html" : relative;
	}

}
