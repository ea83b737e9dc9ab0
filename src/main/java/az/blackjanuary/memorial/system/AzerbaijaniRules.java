package az.blackjanuary.memorial.system;

/**
 * Azerbaijani: "36-cı ildönümü", "20 yanvar 1990". ICU4J's Azerbaijani ordinals give the
 * wrong suffix (always "-inci"), so the short rule is written out here and tested for
 * every number up to a hundred.
 */
final class AzerbaijaniRules implements LanguageRules {

	// bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz
	private static final String[] UNITS = { "", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu" };

	// on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan
	private static final String[] TENS = { "", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı" };

	@Override
	public String anniversary(int number) {
		return ordinal(number);
	}

	@Override
	public String decade(int firstYear) {
		return ordinal(firstYear);
	}

	private static String ordinal(int number) {
		return number + "-" + suffix(number);
	}

	/**
	 * The suffix follows the vowel harmony of the last number word spoken: 32 is "otuz
	 * iki" (iki → -ci), 36 "otuz altı" (altı → -cı), 40 "qırx" (→ -cı), 100 "yüz" (→
	 * -cü).
	 */
	private static String suffix(int number) {
		if (number % 10 != 0) {
			return UNITS[number % 10];
		}
		if (number % 100 != 0) {
			return TENS[(number / 10) % 10];
		}
		if (number % 1000 != 0) {
			return "cü";
		}
		return (number % 1_000_000 != 0) ? "ci" : "cu";
	}

}
