package az.blackjanuary.memorial.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each language's ordinals and date patterns, as its rules write them. */
class LanguageRulesTests {

	private static final String[] UNIT_WORDS = { "", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz",
			"doqquz" };

	private static final String[] TEN_WORDS = { "", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş",
			"səksən", "doxsan" };

	private static final Map<Character, String> SUFFIX_BY_LAST_VOWEL = Map.of('a', "cı", 'ı', "cı", 'e', "ci", 'ə',
			"ci", 'i', "ci", 'o', "cu", 'u', "cu", 'ö', "cü", 'ü', "cü");

	@Test
	void azerbaijaniSuffixFollowsTheLastVowelOfTheSpokenNumberForOneToAHundred() {
		for (int n = 1; n <= 100; n++) {
			assertThat(Language.AZ.rules().anniversary(n)).as("%d", n).isEqualTo(n + "-" + byVowelHarmony(spoken(n)));
		}
	}

	@Test
	void azerbaijaniAnniversariesOfTheTragedy() {
		assertThat(Language.AZ.rules().anniversary(32)).isEqualTo("32-ci");
		assertThat(Language.AZ.rules().anniversary(36)).isEqualTo("36-cı");
		assertThat(Language.AZ.rules().anniversary(37)).isEqualTo("37-ci");
		assertThat(Language.AZ.rules().anniversary(40)).isEqualTo("40-cı");
		assertThat(Language.AZ.rules().anniversary(50)).isEqualTo("50-ci");
		assertThat(Language.AZ.rules().anniversary(100)).isEqualTo("100-cü");
		assertThat(Language.AZ.rules().anniversary(1000)).isEqualTo("1000-ci");
		assertThat(Language.AZ.rules().decade(1980)).isEqualTo("1980-ci");
		assertThat(Language.AZ.rules().decade(1990)).isEqualTo("1990-cı");
	}

	@Test
	void englishOrdinalsForOneToAHundredAndBeyond() {
		Map<Integer, String> expected = Map.ofEntries(Map.entry(1, "1st"), Map.entry(2, "2nd"), Map.entry(3, "3rd"),
				Map.entry(4, "4th"), Map.entry(11, "11th"), Map.entry(12, "12th"), Map.entry(13, "13th"),
				Map.entry(21, "21st"), Map.entry(22, "22nd"), Map.entry(23, "23rd"), Map.entry(32, "32nd"),
				Map.entry(36, "36th"), Map.entry(100, "100th"), Map.entry(101, "101st"), Map.entry(111, "111th"),
				Map.entry(112, "112th"), Map.entry(113, "113th"), Map.entry(122, "122nd"));
		expected.forEach((n, ordinal) -> assertThat(Language.EN.rules().anniversary(n)).isEqualTo(ordinal));
		for (int n = 1; n <= 100; n++) {
			assertThat(Language.EN.rules().anniversary(n)).matches(n + "(st|nd|rd|th)");
		}
	}

	@Test
	void russianAnniversaryIsFeminine() {
		assertThat(Language.RU.rules().anniversary(32)).isEqualTo("32-я");
		assertThat(Language.RU.rules().anniversary(36)).isEqualTo("36-я");
	}

	@Test
	void everyLanguageWritesItsDatesWithItsOwnPatterns() {
		LocalDate night = LocalDate.of(1990, 1, 20);
		assertThat(format(Language.AZ, LanguageRules::dayPattern, night)).isEqualTo("20 yanvar 1990");
		assertThat(format(Language.EN, LanguageRules::dayPattern, night)).isEqualTo("20 January 1990");
		assertThat(format(Language.RU, LanguageRules::dayPattern, night)).isEqualTo("20 января 1990 года");
		assertThat(format(Language.RU, LanguageRules::monthPattern, night)).isEqualTo("январь 1990 года");
		assertThat(format(Language.EN, LanguageRules::dayTimePattern, night.atTime(9, 0)))
			.isEqualTo("20 January 1990, 09:00");
		for (Language language : Language.values()) {
			assertThat(format(language, LanguageRules::dayPattern, night)).as("%s", language).contains("1990");
			assertThat(format(language, LanguageRules::monthPattern, night)).as("%s", language).contains("1990");
			assertThat(format(language, LanguageRules::dayTimePattern, night.atTime(9, 0))).as("%s", language)
				.contains("09:00");
			assertThat(language.rules().anniversary(36)).as("%s", language).startsWith("36");
			assertThat(language.rules().decade(1980)).as("%s", language).startsWith("1980");
		}
	}

	private static String format(Language language, Function<LanguageRules, String> pattern, TemporalAccessor date) {
		return DateTimeFormatter.ofPattern(pattern.apply(language.rules()), language.locale()).format(date);
	}

	/** How the number is said aloud; only the last word matters for the suffix. */
	private static String spoken(int n) {
		if (n == 100) {
			return "yüz";
		}
		String tens = TEN_WORDS[n / 10];
		String units = UNIT_WORDS[n % 10];
		return (tens + " " + units).strip();
	}

	private static String byVowelHarmony(String words) {
		for (int i = words.length() - 1; i >= 0; i--) {
			String suffix = SUFFIX_BY_LAST_VOWEL.get(words.charAt(i));
			if (suffix != null) {
				return suffix;
			}
		}
		throw new IllegalArgumentException(words);
	}

}
