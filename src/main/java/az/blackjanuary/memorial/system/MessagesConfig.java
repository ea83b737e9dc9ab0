package az.blackjanuary.memorial.system;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Interface strings from {@code messages/messages*.properties}, as Boot would set them
 * up, but formatted without a shared lock: Spring keeps one {@link MessageFormat} per
 * message and language and formats under its lock, so that request threads queue for a
 * message with arguments on a busy page. Here each thread formats with copies of its own.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename:messages/messages}") String basename,
			@Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
		ResourceBundleMessageSource messages = new UnsharedFormats();
		messages.setBasenames(basename.split("\\s*,\\s*"));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(fallbackToSystemLocale);
		messages.setParentMessageSource(new LanguageRulesMessages());
		return messages;
	}

	/** Each thread formats with its own copy of a message's format, made once. */
	static final class UnsharedFormats extends ResourceBundleMessageSource {

		private static final MessageFormat NONE = new MessageFormat("");

		private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> formats = ThreadLocal
			.withInitial(HashMap::new);

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			Map<String, MessageFormat> ofLocale = this.formats.get().computeIfAbsent(locale, (any) -> new HashMap<>());
			MessageFormat format = ofLocale.get(code);
			if (format == null) {
				MessageFormat shared = super.resolveCode(code, locale);
				if (shared == null) {
					format = NONE;
				}
				else {
					synchronized (shared) {
						format = (MessageFormat) shared.clone();
					}
				}
				ofLocale.put(code, format);
			}
			return (format != NONE) ? format : null;
		}

	}

}
