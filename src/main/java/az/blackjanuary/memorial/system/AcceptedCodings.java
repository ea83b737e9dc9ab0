package az.blackjanuary.memorial.system;

import java.util.regex.Pattern;

/**
 * Reads a request's {@code Accept-Encoding}: whether it names a coding without refusing
 * it ({@code q=0}). Shared by the answers the site compresses itself, the cached pages
 * and the assets.
 */
public final class AcceptedCodings {

	private static final Pattern REFUSED = Pattern.compile("q=0(\\.0*)?");

	private AcceptedCodings() {
	}

	/**
	 * Whether the header accepts the coding. Asked on every page served from memory, so
	 * it allocates nothing for a header without parameters, as browsers send it.
	 * @param acceptEncoding the header's value, or null when the request has none
	 */
	public static boolean accepts(String acceptEncoding, String coding) {
		if (acceptEncoding == null) {
			return false;
		}
		int length = acceptEncoding.length();
		for (int start = 0; start < length;) {
			int end = acceptEncoding.indexOf(',', start);
			end = (end < 0) ? length : end;
			int name = start;
			while (name < end && acceptEncoding.charAt(name) == ' ') {
				name++;
			}
			int parameters = acceptEncoding.indexOf(';', name);
			parameters = (parameters < 0 || parameters > end) ? end : parameters;
			int nameEnd = parameters;
			while (nameEnd > name && acceptEncoding.charAt(nameEnd - 1) == ' ') {
				nameEnd--;
			}
			if (nameEnd - name == coding.length()
					&& acceptEncoding.regionMatches(true, name, coding, 0, nameEnd - name)) {
				return parameters == end || !refused(acceptEncoding.substring(parameters + 1, end));
			}
			start = end + 1;
		}
		return false;
	}

	/** Whether a coding's first parameter is a quality of zero. */
	private static boolean refused(String parameters) {
		int next = parameters.indexOf(';');
		String first = (next < 0) ? parameters : parameters.substring(0, next);
		return REFUSED.matcher(first.replace(" ", "")).matches();
	}

}
