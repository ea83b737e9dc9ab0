package az.blackjanuary.memorial.tribute;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret of the tribute forms when none is configured: generated once and kept in the
 * database, so that a restart or another instance on the same database signs and hashes
 * alike. Made anew at each start, it let one visitor report a tribute again after every
 * restart and hide it alone, and it broke the forms and private links handed out before.
 */
@Component
class StoredSecret {

	private static final String NAME = "tribute";

	private static final Log logger = LogFactory.getLog(StoredSecret.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	StoredSecret(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The stored secret, made and stored first if there is none. Two instances that start
	 * at the same moment may both make one: the database keeps the first, and the other
	 * reads it.
	 */
	String readOrCreate() {
		Optional<String> stored = read();
		if (stored.isPresent()) {
			return stored.get();
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			this.jdbc.sql("INSERT INTO generated_secret (name, secret, created_at) VALUES (:name, :secret, :at)")
				.param("name", NAME)
				.param("secret", made)
				.param("at", OffsetDateTime.now(this.clock))
				.update();
			logger.info("No memorial.tribute.secret is configured: generated one and stored it in the database,"
					+ " where every instance on it finds it");
			return made;
		}
		catch (DataIntegrityViolationException anotherInstanceWasFirst) {
			return read().orElseThrow(() -> anotherInstanceWasFirst);
		}
	}

	private Optional<String> read() {
		return this.jdbc.sql("SELECT secret FROM generated_secret WHERE name = :name")
			.param("name", NAME)
			.query(String.class)
			.optional();
	}

}
