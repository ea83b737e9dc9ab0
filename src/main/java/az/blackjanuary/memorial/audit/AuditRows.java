package az.blackjanuary.memorial.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words audit entries in the reader's language: the kind of entry, the detail and the
 * times in it. An entry written before details were codes shows its text as it was
 * written; a code this version does not know shows as the code.
 */
@Component
class AuditRows {

	private final MessageSource messages;

	private final Clock clock;

	AuditRows(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	AuditRow of(AuditEntry entry, Locale locale) {
		return new AuditRow(entry.occurredAt().atZone(this.clock.getZone()), entry.actor(), entry.bySystem(),
				entry.action(), subject(entry, locale), detail(entry, locale), entry.clientAddress());
	}

	private String subject(AuditEntry entry, Locale locale) {
		if (entry.subjectKind() == null) {
			return entry.subject();
		}
		return this.messages.getMessage("admin.audit.subject." + entry.subjectKind(), new Object[] { entry.subject() },
				entry.subjectKind() + " " + entry.subject(), locale);
	}

	private String detail(AuditEntry entry, Locale locale) {
		if (entry.detailCode() == null) {
			return entry.detail();
		}
		Object[] args = entry.detailArgs().stream().map((arg) -> shown(arg, locale)).toArray();
		return this.messages.getMessage("admin.audit.detail." + entry.detailCode(), args,
				entry.detailCode() + " " + String.join(" ", entry.detailArgs()), locale);
	}

	/** A time in the reader's words on the site's clock; any other parameter as it is. */
	private String shown(String arg, Locale locale) {
		try {
			Instant instant = Instant.parse(arg);
			String pattern = this.messages.getMessage("date.pattern.day-time", null, locale);
			return DateTimeFormatter.ofPattern(pattern, locale).withZone(this.clock.getZone()).format(instant);
		}
		catch (DateTimeParseException notATime) {
			return arg;
		}
	}

}
