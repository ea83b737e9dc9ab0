package az.blackjanuary.memorial.system;

/** English: "36th anniversary", "20 January 1990". */
final class EnglishRules implements LanguageRules {

	@Override
	public String anniversary(int number) {
		return number + suffix(number);
	}

	@Override
	public String decade(int firstYear) {
		return String.valueOf(firstYear);
	}

	private static String suffix(int number) {
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

}
