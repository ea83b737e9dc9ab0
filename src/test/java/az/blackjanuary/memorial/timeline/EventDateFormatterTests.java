package az.blackjanuary.memorial.timeline;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventDateFormatterTests {

	private static final Locale AZ = Locale.forLanguageTag("az");

	private static final Locale EN = Locale.forLanguageTag("en");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private final EventDateFormatter formatter = new EventDateFormatter(siteMessages());

	@Test
	void decadesSayNoMoreThanTheDecade() {
		LocalDate lateEighties = LocalDate.of(1988, 1, 1);
		assertThat(format(lateEighties, null, DatePrecision.LATE_DECADE, EN)).isEqualTo("Late 1980s");
		assertThat(format(lateEighties, null, DatePrecision.LATE_DECADE, AZ)).isEqualTo("1980-ci illərin sonu");
		assertThat(format(lateEighties, null, DatePrecision.LATE_DECADE, RU)).isEqualTo("Конец 1980-х годов");
		assertThat(format(LocalDate.of(1991, 5, 1), null, DatePrecision.DECADE, EN)).isEqualTo("1990s");
		assertThat(format(LocalDate.of(1991, 5, 1), null, DatePrecision.DECADE, AZ)).isEqualTo("1990-cı illər");
	}

	@Test
	void aDateStandingOnItsOwnBeginsWithACapitalAndRussianFullDatesSayGoda() {
		assertThat(format(LocalDate.of(1990, 1, 1), null, DatePrecision.MONTH, AZ)).isEqualTo("Yanvar 1990");
		assertThat(format(LocalDate.of(1990, 6, 1), null, DatePrecision.MONTH, AZ)).isEqualTo("İyun 1990");
		assertThat(format(LocalDate.of(1990, 1, 1), null, DatePrecision.MONTH, RU)).isEqualTo("Январь 1990 года");
		assertThat(format(LocalDate.of(1988, 1, 1), null, DatePrecision.LATE_DECADE, RU))
			.isEqualTo("Конец 1980-х годов");
		assertThat(format(LocalDate.of(1990, 1, 19), LocalDate.of(1990, 1, 20), DatePrecision.DAY_RANGE, RU))
			.isEqualTo("19–20 января 1990 года");
		assertThat(format(LocalDate.of(1990, 1, 31), LocalDate.of(1990, 2, 1), DatePrecision.DAY_RANGE, RU))
			.isEqualTo("31 января – 1 февраля 1990 года");
	}

	@Test
	void monthsAndDaysInEachLanguage() {
		LocalDate night = LocalDate.of(1990, 1, 20);
		assertThat(format(night, null, DatePrecision.YEAR, EN)).isEqualTo("1990");
		assertThat(format(night, null, DatePrecision.MONTH, EN)).isEqualTo("January 1990");
		assertThat(format(night, null, DatePrecision.MONTH, AZ)).isEqualTo("Yanvar 1990");
		assertThat(format(night, null, DatePrecision.MONTH, RU)).isEqualTo("Январь 1990 года");
		assertThat(format(night, null, DatePrecision.DAY, EN)).isEqualTo("20 January 1990");
		assertThat(format(night, null, DatePrecision.DAY, AZ)).isEqualTo("20 yanvar 1990");
		assertThat(format(night, null, DatePrecision.DAY, RU)).isEqualTo("20 января 1990 года");
	}

	@Test
	void dayRangesShareTheirMonthAndYear() {
		LocalDate from = LocalDate.of(1990, 1, 19);
		LocalDate to = LocalDate.of(1990, 1, 20);
		assertThat(format(from, to, DatePrecision.DAY_RANGE, EN)).isEqualTo("19–20 January 1990");
		assertThat(format(from, to, DatePrecision.DAY_RANGE, AZ)).isEqualTo("19–20 yanvar 1990");
		assertThat(format(from, to, DatePrecision.DAY_RANGE, RU)).isEqualTo("19–20 января 1990 года");
		assertThat(format(LocalDate.of(1990, 1, 31), LocalDate.of(1990, 2, 1), DatePrecision.DAY_RANGE, EN))
			.isEqualTo("31 January – 1 February 1990");
	}

	@Test
	void machineReadableDatesNeverClaimMoreThanIsKnown() {
		assertThat(EventDateFormatter.machineReadable(LocalDate.of(1988, 1, 1), DatePrecision.LATE_DECADE)).isNull();
		assertThat(EventDateFormatter.machineReadable(LocalDate.of(1990, 1, 1), DatePrecision.MONTH))
			.isEqualTo("1990-01");
		assertThat(EventDateFormatter.machineReadable(LocalDate.of(1990, 1, 19), DatePrecision.DAY_RANGE))
			.isEqualTo("1990-01-19");
	}

	private String format(LocalDate from, LocalDate to, DatePrecision precision, Locale locale) {
		return this.formatter.format(from, to, precision, locale);
	}

	private static ResourceBundleMessageSource siteMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
