package az.blackjanuary.memorial.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import az.blackjanuary.memorial.system.Ordinals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an event's date as precisely as it is known, in the visitor's language: "late 1980s",
 * "January 1990", "19–20 January 1990".
 */
@Component
class EventDateFormatter {

	private final MessageSource messages;

	EventDateFormatter(MessageSource messages) {
		this.messages = messages;
	}

	String format(LocalDate startsOn, LocalDate endsOn, DatePrecision precision, Locale locale) {
		return switch (precision) {
			case DECADE -> decade("date.decade", startsOn, locale);
			case LATE_DECADE -> decade("date.late-decade", startsOn, locale);
			case YEAR -> String.valueOf(startsOn.getYear());
			case MONTH -> pattern("LLLL yyyy", locale).format(startsOn);
			case DAY -> pattern("d MMMM yyyy", locale).format(startsOn);
			case DAY_RANGE -> dayRange(startsOn, (endsOn != null) ? endsOn : startsOn, locale);
		};
	}

	/** The value of an HTML {@code time} element's {@code datetime}, or null where none is true. */
	static String machineReadable(LocalDate startsOn, DatePrecision precision) {
		return switch (precision) {
			case DECADE, LATE_DECADE -> null;
			case YEAR -> String.valueOf(startsOn.getYear());
			case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(startsOn);
			case DAY, DAY_RANGE -> startsOn.toString();
		};
	}

	private String decade(String key, LocalDate date, Locale locale) {
		int decade = date.getYear() - date.getYear() % 10;
		return this.messages.getMessage(key,
				new Object[] { String.valueOf(decade), Ordinals.azerbaijaniSuffix(decade) }, locale);
	}

	private static String dayRange(LocalDate from, LocalDate to, Locale locale) {
		DateTimeFormatter full = pattern("d MMMM yyyy", locale);
		if (from.getYear() != to.getYear()) {
			return full.format(from) + " – " + full.format(to);
		}
		if (from.getMonth() != to.getMonth()) {
			return pattern("d MMMM", locale).format(from) + " – " + full.format(to);
		}
		return from.getDayOfMonth() + "–" + full.format(to);
	}

	private static DateTimeFormatter pattern(String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale);
	}

}
