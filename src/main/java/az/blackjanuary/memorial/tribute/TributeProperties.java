package az.blackjanuary.memorial.tribute;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code memorial.tribute}.
 *
 * @param secret signs the forms' one-time tickets and salts the hash of senders'
 * addresses; when empty, one is generated once and kept in the database, where every
 * instance finds it
 * @param minFillTime a form sent back faster than this was not written by a person
 * @param formLifetime how long a form may stay open before it must be reloaded
 * @param addressRetention how long the salted hash of a sender's address is kept
 * @param heldWords words that mark a tribute for a moderator's closer look
 * @param reportsToHide how many visitors' reports take an approved tribute off the wall
 * @param editWindow how long after posting the author may still change a tribute
 * (removing it is always possible)
 * @param groupCommit whether tributes that arrive at one moment are stored in one
 * transaction; unset, it is on for H2 and off for PostgreSQL, as measured with
 * bench/intake.sh
 */
@ConfigurationProperties("memorial.tribute")
record TributeProperties(String secret, @DefaultValue("3s") Duration minFillTime,
		@DefaultValue("24h") Duration formLifetime, @DefaultValue("30d") Duration addressRetention,
		@DefaultValue List<String> heldWords, @DefaultValue("3") int reportsToHide,
		@DefaultValue("24h") Duration editWindow, Boolean groupCommit) {
}
