package az.blackjanuary.memorial.system;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void contentFallsBackToAnotherLanguageAndSaysWhichOne() {
		Map<Language, String> onlyEnglish = Map.of(Language.EN, "text");
		assertThat(Translated.pick(onlyEnglish, Language.AZ)).contains(new Translated<>(Language.EN, "text"));
		Map<Language, String> all = Map.of(Language.AZ, "mətn", Language.EN, "text", Language.RU, "текст");
		assertThat(Translated.pick(all, Language.RU)).contains(new Translated<>(Language.RU, "текст"));
		assertThat(Translated.pick(Map.of(), Language.RU)).isEmpty();
	}

	@Test
	void firstVisitPicksTheBrowsersLanguageAmongTheSites() {
		assertThat(SiteLocaleResolver.fromAcceptLanguage(withAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")))
			.isEqualTo(Locale.forLanguageTag("ru"));
		assertThat(SiteLocaleResolver.fromAcceptLanguage(withAcceptLanguage("fr-FR,en;q=0.5")))
			.isEqualTo(Locale.forLanguageTag("en"));
		assertThat(SiteLocaleResolver.fromAcceptLanguage(withAcceptLanguage("fr-FR")))
			.isEqualTo(Locale.forLanguageTag("az"));
		assertThat(SiteLocaleResolver.fromAcceptLanguage(withAcceptLanguage(";;;q=x")))
			.isEqualTo(Locale.forLanguageTag("az"));
		assertThat(SiteLocaleResolver.fromAcceptLanguage(new MockHttpServletRequest()))
			.isEqualTo(Locale.forLanguageTag("az"));
	}

	private static MockHttpServletRequest withAcceptLanguage(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", header);
		return request;
	}

}
