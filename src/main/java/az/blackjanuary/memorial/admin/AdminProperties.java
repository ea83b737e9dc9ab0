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
 * @param allowedFailedSignIns failed sign-ins of one name from one client after which
 * that client is locked out of that name
 * @param lockDuration how long such a lock lasts the first time; each further one lasts
 * twice as long, up to a day
 * @param firstRetryDelay how long a client waits after its first failed sign-in of a name
 * before it may try again; each further failure doubles it
 */
@ConfigurationProperties("memorial.admin")
record AdminProperties(@DefaultValue("admin") String initialUsername, String initialPassword,
		@DefaultValue("5") int allowedFailedSignIns, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("1s") Duration firstRetryDelay) {
}
