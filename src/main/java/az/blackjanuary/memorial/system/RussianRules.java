package az.blackjanuary.memorial.system;

/** Russian: "36-я годовщина", "20 января 1990 года". */
final class RussianRules implements LanguageRules {

	// "годовщина" is feminine: 1-я, 32-я, 36-я годовщина.
	@Override
	public String anniversary(int number) {
		return number + "-я";
	}

	@Override
	public String decade(int firstYear) {
		return String.valueOf(firstYear);
	}

	@Override
	public String dayPattern() {
		return "d MMMM yyyy 'года'";
	}

	@Override
	public String dayTimePattern() {
		return "d MMMM yyyy 'года', HH:mm";
	}

	@Override
	public String monthPattern() {
		return "LLLL yyyy 'года'";
	}

}
