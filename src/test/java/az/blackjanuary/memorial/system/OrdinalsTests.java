package az.blackjanuary.memorial.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrdinalsTests {

	private static final String[] UNIT_WORDS = { "", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz",
			"doqquz" };

	private static final String[] TEN_WORDS = { "", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş",
			"səksən", "doxsan" };

	private static final Map<Character, String> SUFFIX_BY_LAST_VOWEL = Map.of('a', "cı", 'ı', "cı", 'e', "ci", 'ə',
			"ci", 'i', "ci", 'o', "cu", 'u', "cu", 'ö', "cü", 'ü', "cü");

	@Test
	void azerbaijaniSuffixFollowsTheLastVowelOfTheSpokenNumberForOneToAHundred() {
		for (int n = 1; n <= 100; n++) {
			assertThat(Ordinals.anniversary(n, Language.AZ)).as("%d", n).isEqualTo(n + "-" + byVowelHarmony(spoken(n)));
		}
	}

	@Test
	void azerbaijaniAnniversariesOfTheTragedy() {
		assertThat(Ordinals.anniversary(32, Language.AZ)).isEqualTo("32-ci");
		assertThat(Ordinals.anniversary(36, Language.AZ)).isEqualTo("36-cı");
		assertThat(Ordinals.anniversary(37, Language.AZ)).isEqualTo("37-ci");
		assertThat(Ordinals.anniversary(40, Language.AZ)).isEqualTo("40-cı");
		assertThat(Ordinals.anniversary(50, Language.AZ)).isEqualTo("50-ci");
		assertThat(Ordinals.anniversary(100, Language.AZ)).isEqualTo("100-cü");
		assertThat(Ordinals.anniversary(1000, Language.AZ)).isEqualTo("1000-ci");
		assertThat(Ordinals.azerbaijaniSuffix(1980)).isEqualTo("ci");
		assertThat(Ordinals.azerbaijaniSuffix(1990)).isEqualTo("cı");
	}

	@Test
	void englishOrdinalsForOneToAHundredAndBeyond() {
		Map<Integer, String> expected = Map.ofEntries(Map.entry(1, "1st"), Map.entry(2, "2nd"), Map.entry(3, "3rd"),
				Map.entry(4, "4th"), Map.entry(11, "11th"), Map.entry(12, "12th"), Map.entry(13, "13th"),
				Map.entry(21, "21st"), Map.entry(22, "22nd"), Map.entry(23, "23rd"), Map.entry(32, "32nd"),
				Map.entry(36, "36th"), Map.entry(100, "100th"), Map.entry(101, "101st"), Map.entry(111, "111th"),
				Map.entry(112, "112th"), Map.entry(113, "113th"), Map.entry(122, "122nd"));
		expected.forEach((n, ordinal) -> assertThat(Ordinals.anniversary(n, Language.EN)).isEqualTo(ordinal));
		for (int n = 1; n <= 100; n++) {
			assertThat(Ordinals.anniversary(n, Language.EN)).matches(n + "(st|nd|rd|th)");
		}
	}

	@Test
	void russianAnniversaryIsFeminine() {
		assertThat(Ordinals.anniversary(32, Language.RU)).isEqualTo("32-я");
		assertThat(Ordinals.anniversary(36, Language.RU)).isEqualTo("36-я");
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
