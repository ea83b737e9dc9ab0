package az.blackjanuary.memorial.names;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import az.blackjanuary.memorial.system.Language;

/**
 * A day of birth or death only as precisely as it is known: a year ({@code 1962}), a
 * month ({@code 1962-04}) or a day ({@code 1962-04-17}), typed and written back in that
 * shape, shown in words in each language.
 */
record LifeDate(LocalDate date, Precision precision) {

	/** The codes are those of the timeline's dates, from the same table. */
	enum Precision {

		YEAR, MONTH, DAY

	}

	/** The date as typed, or null for nothing typed; throws for anything else. */
	static LifeDate parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String shape = typed.strip();
		try {
			LifeDate date = switch (shape.length()) {
				case 4 -> new LifeDate(LocalDate.of(Integer.parseInt(shape), 1, 1), Precision.YEAR);
				case 7 -> new LifeDate(YearMonth.parse(shape).atDay(1), Precision.MONTH);
				case 10 -> new LifeDate(LocalDate.parse(shape), Precision.DAY);
				default -> null;
			};
			if (date == null || !shape.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") || date.date().getYear() < 1800) {
				throw new IllegalArgumentException(typed);
			}
			return date;
		}
		catch (DateTimeParseException | NumberFormatException notADate) {
			throw new IllegalArgumentException(typed, notADate);
		}
	}

	/** Whether the text is a date this record takes, or empty. */
	static boolean isValid(String typed) {
		try {
			parse(typed);
			return true;
		}
		catch (IllegalArgumentException notADate) {
			return false;
		}
	}

	static LifeDate of(LocalDate date, String precision) {
		return (date != null) ? new LifeDate(date, Precision.valueOf(precision)) : null;
	}

	/** The shape it is typed in, and the value of an HTML {@code time} element. */
	@Override
	public String toString() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> YearMonth.from(this.date).toString();
			case DAY -> this.date.toString();
		};
	}

	/**
	 * In words: "1962", "aprel 1962", "апрель 1962 года", "17 апреля 1962 года". A month
	 * keeps its small letter in Azerbaijani and Russian: a life's date follows a name or
	 * a label, it never heads a line.
	 */
	String inWords(Locale locale) {
		var rules = Language.of(locale).rules();
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> DateTimeFormatter.ofPattern(rules.monthPattern(), locale).format(this.date);
			case DAY -> DateTimeFormatter.ofPattern(rules.dayPattern(), locale).format(this.date);
		};
	}

}
