package az.blackjanuary.memorial.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interface strings with arguments are formatted with a format of the thread's own, not one
 * shared by all request threads under its lock.
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
		assertThat(this.messages.getMessage("home.anniversary", new Object[] { "36-ci" }, Locale.forLanguageTag("az")))
			.contains("36-ci");
		assertThat(this.messages.getMessage("home.anniversary", new Object[] { "36-я" }, Locale.forLanguageTag("ru")))
			.contains("36-я");
	}

}
