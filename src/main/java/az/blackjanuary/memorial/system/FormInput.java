package az.blackjanuary.memorial.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the site's forms read what people type: trimmed, blank as absent, dates as ISO
 * days.
 */
public final class FormInput {

	/**
	 * The shape of an HTML date input's value; {@link #isDate} checks that the day
	 * exists.
	 */
	public static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

	private FormInput() {
	}

	/**
	 * The text without surrounding white space, or null when nothing is left. Line breaks
	 * become one character each: browsers send a text box's line break as two (CR LF),
	 * and a limit of 1,000 characters must mean what the visitor sees.
	 */
	public static String clean(String typed) {
		if (typed == null) {
			return null;
		}
		String lines = (typed.indexOf('\r') < 0) ? typed : typed.replace("\r\n", "\n").replace('\r', '\n');
		String trimmed = lines.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * A form whose typed fields are all text binds whatever is typed; only a forged value
	 * in a hidden field or a list can leave it unbound, and that is the sender's mistake.
	 */
	public static <T> T bound(T form) {
		if (form == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return form;
	}

	/**
	 * Why the text is not a date the site takes, as a message key, or null when it is
	 * one: an ISO day that exists, in a year from AD 1 on.
	 */
	public static String dateError(String typed) {
		if (isDate(typed)) {
			return null;
		}
		return (typed != null && typed.startsWith("0000-") && isDate("2000" + typed.substring(4)))
				? "form.date.no-year-zero" : "typeMismatch";
	}

	/**
	 * Whether the text is an ISO day that exists. Year 0 does not: the calendar goes from
	 * 1 BC to AD 1, and a date input's "0000" is a slip of the keyboard.
	 */
	private static boolean isDate(String typed) {
		try {
			return LocalDate.parse(typed).getYear() != 0;
		}
		catch (DateTimeParseException | NullPointerException notADate) {
			return false;
		}
	}

}
