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
	 * Whether the header accepts the coding.
	 * @param acceptEncoding the header's value, or null when the request has none
	 */
	public static boolean accepts(String acceptEncoding, String coding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String given : acceptEncoding.split(",")) {
			String[] parts = given.trim().split(";");
			if (coding.equalsIgnoreCase(parts[0].trim())) {
				return parts.length == 1 || !REFUSED.matcher(parts[1].replace(" ", "")).matches();
			}
		}
		return false;
	}

}
