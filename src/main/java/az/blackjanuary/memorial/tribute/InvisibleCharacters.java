package az.blackjanuary.memorial.tribute;

import java.text.Normalizer;

/**
 * Characters that take no room on the screen: format characters (soft hyphens, zero-width
 * characters, invisible operators, tag characters), control characters, variation
 * selectors and the blank fillers that are letters to Unicode but show nothing (Hangul
 * fillers, the braille blank). They are how a link slips past the screening
 * ("www.exam&shy;ple.com") and how a name is made that shows nothing at all.
 */
final class InvisibleCharacters {

	private InvisibleCharacters() {
	}

	static boolean isInvisible(int codePoint) {
		return switch (Character.getType(codePoint)) {
			// Not unassigned ones: an emoji newer than this Java's Unicode tables shows
			// all the same.
			case Character.FORMAT, Character.CONTROL, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
					Character.SURROGATE ->
				true;
			default ->
				Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || isBlankFiller(codePoint);
		};
	}

	/** Whether anything in the text shows: a letter, a digit, a sign, an emoji. */
	static boolean anyVisible(String text) {
		return text.codePoints().anyMatch((codePoint) -> !isInvisible(codePoint));
	}

	/**
	 * The text as the screening reads it: compatibility forms folded (NFKC: fullwidth
	 * letters and dots become plain ones), the ideographic full stop read as a dot, and
	 * whatever shows nothing left out, except the spaces between words.
	 */
	static String asRead(String text) {
		StringBuilder read = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach((codePoint) -> {
			if (codePoint == '\u3002') {
				read.append('.');
			}
			else if (!isInvisible(codePoint) || Character.isWhitespace(codePoint)) {
				read.appendCodePoint(codePoint);
			}
		});
		return read.toString();
	}

	/** Letters to Unicode that are drawn as nothing. */
	private static boolean isBlankFiller(int codePoint) {
		return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
				|| codePoint == 0x2800;
	}

}
