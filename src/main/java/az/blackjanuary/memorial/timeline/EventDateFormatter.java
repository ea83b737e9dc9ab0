package az.blackjanuary.memorial.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.LanguageRules;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an event's date as precisely as it is known, in the visitor's language: "Late
 * 1980s", "January 1990", "19–20 January 1990". The patterns are the site's date patterns
 * from each language's rules ("20 января 1990 года" in Russian), and a date, which stands
 * on its own, begins with a capital ("Yanvar 1990", "Конец 1980-х годов").
 */
@Component
class EventDateFormatter {

	private final MessageSource messages;

	EventDateFormatter(MessageSource messages) {
		this.messages = messages;
	}

	String format(LocalDate startsOn, LocalDate endsOn, DatePrecision precision, Locale locale) {
		return capitalised(switch (precision) {
			case DECADE -> decade("date.decade", startsOn, locale);
			case LATE_DECADE -> decade("date.late-decade", startsOn, locale);
			case YEAR -> String.valueOf(startsOn.getYear());
			case MONTH -> pattern(LanguageRules::monthPattern, locale).format(startsOn);
			case DAY -> pattern(LanguageRules::dayPattern, locale).format(startsOn);
			case DAY_RANGE -> dayRange(startsOn, (endsOn != null) ? endsOn : startsOn, locale);
		}, locale);
	}

	/**
	 * The value of an HTML {@code time} element's {@code datetime}, or null where none is
	 * true.
	 */
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
		return this.messages.getMessage(key, new Object[] { Language.of(locale).rules().decade(decade) }, locale);
	}

	private String dayRange(LocalDate from, LocalDate to, Locale locale) {
		DateTimeFormatter full = pattern(LanguageRules::dayPattern, locale);
		if (from.getYear() != to.getYear()) {
			return full.format(from) + " – " + full.format(to);
		}
		if (from.getMonth() != to.getMonth()) {
			return DateTimeFormatter.ofPattern("d MMMM", locale).format(from) + " – " + full.format(to);
		}
		return from.getDayOfMonth() + "–" + full.format(to);
	}

	private static DateTimeFormatter pattern(Function<LanguageRules, String> pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern.apply(Language.of(locale).rules()), locale);
	}

	private static String capitalised(String date, Locale locale) {
		return date.isEmpty() ? date : date.substring(0, 1).toUpperCase(locale) + date.substring(1);
	}

}
