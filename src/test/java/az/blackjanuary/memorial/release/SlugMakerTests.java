package az.blackjanuary.memorial.release;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugMakerTests {

	@Test
	void azerbaijaniLettersAreTransliterated() {
		assertThat(SlugMaker.slug(2027, "Qara Yanvar faciəsinin 37-ci ildönümü"))
			.isEqualTo("2027-qara-yanvar-faciesinin-37-ci-ildonumu");
		assertThat(SlugMaker.slug(2027, "Şəhidlər, çiçəklər, dağ, göz, üz, qız, İlham"))
			.isEqualTo("2027-sehidler-cicekler-dag-goz-uz-qiz-ilham");
	}

	@Test
	void englishAndRussianTitlesMakePlainAddresses() {
		assertThat(SlugMaker.slug(2022, "Thirty-second anniversary of the “Black January”"))
			.isEqualTo("2022-thirty-second-anniversary-of-the-black-january");
		assertThat(SlugMaker.slug(2027, "37-я годовщина Чёрного января"))
			.isEqualTo("2027-37-ya-godovshchina-chernogo-yanvarya");
	}

	@Test
	void aTitleWithoutLettersStillGivesAnAddress() {
		assertThat(SlugMaker.slug(2027, "«»—!")).isEqualTo("2027");
	}

	@Test
	void longTitlesAreCutAtAWord() {
		String slug = SlugMaker.slug(2027, "word ".repeat(60));
		assertThat(slug.length()).isLessThanOrEqualTo(125);
		assertThat(slug).endsWith("-word");
	}

}
