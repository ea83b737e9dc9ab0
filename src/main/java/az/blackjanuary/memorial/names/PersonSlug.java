package az.blackjanuary.memorial.names;

/**
 * A person's address from the Azerbaijani name: "Rəşad Hüseynov" becomes
 * {@code rasad-huseynov}, plain ASCII, made once and kept.
 */
final class PersonSlug {

	private static final int MAX_LENGTH = 120;

	private PersonSlug() {
	}

	static String of(String azerbaijaniName) {
		String plain = SearchKey.of(java.util.List.of(azerbaijaniName))
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (plain.length() > MAX_LENGTH) {
			plain = plain.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return plain.isEmpty() ? "person" : plain;
	}

}
