package az.blackjanuary.memorial.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnniversaryCalculatorTests {

	private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

	@Test
	void countsTheAnniversaryWhose20JanuaryHasComeLast() {
		assertThat(on(ZonedDateTime.of(2022, 1, 20, 9, 0, 0, 0, BAKU)).anniversaryNow()).isEqualTo(32);
		assertThat(on(ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, BAKU)).anniversaryNow()).isEqualTo(36);
		assertThat(on(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, BAKU)).anniversaryNow()).isEqualTo(36);
		assertThat(on(ZonedDateTime.of(2027, 1, 19, 23, 59, 0, 0, BAKU)).anniversaryNow()).isEqualTo(36);
		assertThat(on(ZonedDateTime.of(2027, 1, 20, 0, 0, 0, 0, BAKU)).anniversaryNow()).isEqualTo(37);
	}

	@Test
	void theAnniversaryDayBeginsOnBakusCalendar() {
		// 20:30 UTC on 19 January is already 0:30 on 20 January in Baku.
		Instant anniversaryInBaku = Instant.parse("2027-01-19T20:30:00Z");
		assertThat(new AnniversaryCalculator(Clock.fixed(anniversaryInBaku, BAKU)).anniversaryNow()).isEqualTo(37);
	}

	@Test
	void theTwentiethOfJanuaryIsTheDayOfMourning() {
		assertThat(on(ZonedDateTime.of(2027, 1, 20, 0, 5, 0, 0, BAKU)).isDayOfMourning()).isTrue();
		assertThat(on(ZonedDateTime.of(2027, 1, 19, 23, 55, 0, 0, BAKU)).isDayOfMourning()).isFalse();
		assertThat(on(ZonedDateTime.of(2027, 1, 21, 0, 0, 0, 0, BAKU)).isDayOfMourning()).isFalse();
	}

	@Test
	void aNewReleaseIsForNextJanuaryFromNovemberOnAndForThisYearsBefore() {
		assertThat(on(ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, BAKU)).dayForANewRelease())
			.isEqualTo(LocalDate.of(2027, 1, 20));
		assertThat(on(ZonedDateTime.of(2026, 12, 31, 23, 59, 0, 0, BAKU)).dayForANewRelease())
			.isEqualTo(LocalDate.of(2027, 1, 20));
		assertThat(on(ZonedDateTime.of(2027, 1, 5, 12, 0, 0, 0, BAKU)).dayForANewRelease())
			.isEqualTo(LocalDate.of(2027, 1, 20));
		assertThat(on(ZonedDateTime.of(2026, 10, 31, 23, 59, 0, 0, BAKU)).dayForANewRelease())
			.isEqualTo(LocalDate.of(2026, 1, 20));
	}

	private static AnniversaryCalculator on(ZonedDateTime now) {
		return new AnniversaryCalculator(Clock.fixed(now.toInstant(), BAKU));
	}

}
