package az.blackjanuary.memorial.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code memorial.admin}.
 *
 * @param initialUsername the first administrator's name, created when no account exists
 * @param initialPassword the first administrator's password; when empty, a random one is
 * generated and written once to the log
 * @param allowedFailedSignIns failed sign-ins in a row after which an account is locked
 * @param lockDuration how long such a lock lasts
 */
@ConfigurationProperties("memorial.admin")
record AdminProperties(@DefaultValue("admin") String initialUsername, String initialPassword,
		@DefaultValue("5") int allowedFailedSignIns, @DefaultValue("15m") Duration lockDuration) {
}
