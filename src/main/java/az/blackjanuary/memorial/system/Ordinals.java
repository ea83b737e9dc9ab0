package az.blackjanuary.memorial.system;

/**
 * Ordinal numbers as they are written with digits: the 36th anniversary, 36-cı ildönümü, 36-я годовщина.
 * ICU4J's Azerbaijani rules give the wrong suffix (always "-inci"), so the three short rules
 * are written out here and tested for every number up to a hundred.
 */
public final class Ordinals {

	// bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz
	private static final String[] UNITS = { "", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu" };

	// on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan
	private static final String[] TENS = { "", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı" };

	private Ordinals() {
	}

	public static String anniversary(int number, Language language) {
		return switch (language) {
			case AZ -> number + "-" + azerbaijaniSuffix(number);
			case EN -> number + englishSuffix(number);
			// "годовщина" is feminine: 1-я, 32-я, 36-я годовщина.
			case RU -> number + "-я";
		};
	}

	private static String englishSuffix(int number) {
		int lastTwo = number % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return "th";
		}
		return switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	/**
	 * Azerbaijani suffixes follow the vowel harmony of the last number word spoken: 32 is
	 * "otuz iki" (iki → -ci), 36 "otuz altı" (altı → -cı), 40 "qırx" (→ -cı), 100 "yüz" (→ -cü).
	 */
	public static String azerbaijaniSuffix(int number) {
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
