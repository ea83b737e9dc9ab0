package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;

import org.springframework.stereotype.Component;

/** Which anniversary of 20 January 1990 the current year marks, counted on Baku's calendar. */
@Component
class AnniversaryCalculator {

	static final LocalDate THE_NIGHT = LocalDate.of(1990, 1, 20);

	private final Clock clock;

	AnniversaryCalculator(Clock clock) {
		this.clock = clock;
	}

	/** 2022 is the 32nd, 2026 the 36th. */
	int anniversaryThisYear() {
		return Year.now(this.clock).getValue() - THE_NIGHT.getYear();
	}

	/** 20 January, when the home page is dressed in mourning. */
	boolean isDayOfMourning() {
		return MonthDay.now(this.clock).equals(MonthDay.from(THE_NIGHT));
	}

}
