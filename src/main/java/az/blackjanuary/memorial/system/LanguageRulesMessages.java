package az.blackjanuary.memorial.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.AbstractMessageSource;

/**
 * Each language's date patterns offered as the messages {@code date.pattern.day},
 * {@code date.pattern.day-time} and {@code date.pattern.month}, where templates look for
 * them: the patterns live with the language's rules, not in its message file. Asked after
 * the message files, as their parent.
 */
class LanguageRulesMessages extends AbstractMessageSource {

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		LanguageRules rules = Language.of(locale).rules();
		return switch (code) {
			case "date.pattern.day" -> rules.dayPattern();
			case "date.pattern.day-time" -> rules.dayTimePattern();
			case "date.pattern.month" -> rules.monthPattern();
			default -> null;
		};
	}

	/** A pattern takes no arguments: it is never formatted, so that its quotes stay. */
	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		return null;
	}

}
