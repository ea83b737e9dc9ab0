package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.stereotype.Component;

/**
 * Which anniversary of 20 January 1990 is commemorated now, counted on Baku's calendar:
 * the one whose 20 January has come last. The home page's heading and its statement
 * follow the same day, so that a release published early for the next anniversary waits
 * for it.
 */
@Component
public class AnniversaryCalculator {

	static final LocalDate THE_NIGHT = LocalDate.of(1990, 1, 20);

	private final Clock clock;

	AnniversaryCalculator(Clock clock) {
		this.clock = clock;
	}

	/**
	 * From 20 January 2026 to 19 January 2027 the 36th; from 20 January 2027 the 37th.
	 */
	public int anniversaryNow() {
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		if (MonthDay.from(today).isBefore(MonthDay.from(THE_NIGHT))) {
			year--;
		}
		return year - THE_NIGHT.getYear();
	}

	/**
	 * The 20 January an editor most likely writes a release for: from November on the
	 * coming one, before that this year's.
	 */
	LocalDate dayForANewRelease() {
		return LocalDate.now(this.clock).plusMonths(2).withMonth(1).withDayOfMonth(THE_NIGHT.getDayOfMonth());
	}

	/** 20 January, when the home page is dressed in mourning. */
	public boolean isDayOfMourning() {
		return MonthDay.now(this.clock).equals(MonthDay.from(THE_NIGHT));
	}

}
