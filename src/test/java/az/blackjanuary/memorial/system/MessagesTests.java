package az.blackjanuary.memorial.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interface strings with arguments are formatted with a format of the thread's own, not
 * one shared by all request threads under its lock.
 */
@MemorialSiteTest
class MessagesTests {

	@Autowired
	private MessageSource messages;

	@Test
	void eachThreadFormatsWithItsOwnCopyOfAMessage() throws Exception {
		MessagesConfig.UnsharedFormats formats = (MessagesConfig.UnsharedFormats) this.messages;
		MessageFormat here = formats.resolveCode("home.anniversary", Locale.ENGLISH);
		MessageFormat hereAgain = formats.resolveCode("home.anniversary", Locale.ENGLISH);
		MessageFormat elsewhere = CompletableFuture
			.supplyAsync(() -> formats.resolveCode("home.anniversary", Locale.ENGLISH))
			.get();
		assertThat(here).isNotNull().isSameAs(hereAgain).isNotSameAs(elsewhere);
		assertThat(formats.resolveCode("no.such.message", Locale.ENGLISH)).isNull();
	}

	@Test
	void messagesAreFormattedInEveryLanguage() {
		assertThat(this.messages.getMessage("home.anniversary", new Object[] { "36th" }, Locale.ENGLISH))
			.contains("36th");
		for (Language language : Language.values()) {
			String ordinal = language.rules().anniversary(36);
			assertThat(this.messages.getMessage("home.anniversary", new Object[] { ordinal }, language.locale()))
				.as("%s", language)
				.contains(ordinal);
		}
	}

	/**
	 * Templates find each language's date patterns among the messages, quotes and all.
	 */
	@Test
	void datePatternsComeFromEachLanguagesRules() {
		for (Language language : Language.values()) {
			assertThat(this.messages.getMessage("date.pattern.day", null, language.locale()))
				.isEqualTo(language.rules().dayPattern());
			assertThat(this.messages.getMessage("date.pattern.day-time", new Object[0], language.locale()))
				.isEqualTo(language.rules().dayTimePattern());
			assertThat(this.messages.getMessage("date.pattern.month", null, language.locale()))
				.isEqualTo(language.rules().monthPattern());
		}
		assertThat(this.messages.getMessage("date.pattern.day", null, Locale.forLanguageTag("ru")))
			.isEqualTo("d MMMM yyyy 'года'");
	}

}
