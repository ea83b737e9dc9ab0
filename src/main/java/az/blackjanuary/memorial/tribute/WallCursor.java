package az.blackjanuary.memorial.tribute;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A position on the wall: the time and id of a tribute. Pages are read from a cursor,
 * never from an offset, so the thousandth page costs what the first one does.
 */
record WallCursor(Instant createdAt, long id) {

	private static final Pattern FORMAT = Pattern.compile("(-?\\d{1,19})-(\\d{1,19})");

	static WallCursor of(Tribute tribute) {
		return new WallCursor(tribute.createdAt(), tribute.id());
	}

	/** Reads a cursor from a link; anything malformed is empty. */
	static Optional<WallCursor> parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			long micros = Long.parseLong(matcher.group(1));
			Instant createdAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			return Optional.of(new WallCursor(createdAt, Long.parseLong(matcher.group(2))));
		}
		catch (NumberFormatException | ArithmeticException | DateTimeException outOfRange) {
			return Optional.empty();
		}
	}

	/**
	 * The cursor a page's link carries, or null without one; a malformed one is a bad
	 * request.
	 */
	static WallCursor fromLink(String text) {
		if (text == null) {
			return null;
		}
		return parse(text)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a cursor of this wall"));
	}

	/** Tribute times are kept to the microsecond, so the cursor loses nothing. */
	@Override
	public String toString() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, this.createdAt) + "-" + this.id;
	}

}
