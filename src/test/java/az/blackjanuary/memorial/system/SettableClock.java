package az.blackjanuary.memorial.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock that tests move: the site sees whatever day of whatever year a test needs. */
public class SettableClock extends Clock {

	public static final ZoneId BAKU = ZoneId.of("Asia/Baku");

	/** The default moment: an ordinary day of 2026, the 36th anniversary year. */
	public static final Instant DEFAULT = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, BAKU).toInstant();

	private volatile Instant now = DEFAULT;

	public void set(Instant now) {
		this.now = now;
	}

	public void set(ZonedDateTime now) {
		set(now.toInstant());
	}

	public void reset() {
		set(DEFAULT);
	}

	/**
	 * Moves time on a little, so that each tribute a test posts is newer than the last.
	 */
	public void tick() {
		this.now = this.now.plusMillis(1);
	}

	@Override
	public ZoneId getZone() {
		return BAKU;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
