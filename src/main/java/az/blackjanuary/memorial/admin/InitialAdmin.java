package az.blackjanuary.memorial.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the very first start, when there is no account, creates the first administrator so
 * that nobody has to touch the database. Without a configured password a strong random
 * one is generated and written to the log this once; only its hash is kept.
 */
@Component
class InitialAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final AdminAccountRepository accounts;

	private final AdminProperties properties;

	private final PasswordEncoder passwords;

	private final Clock clock;

	InitialAdmin(AdminAccountRepository accounts, AdminProperties properties, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.properties.initialPassword());
		String password = generated ? randomPassword() : this.properties.initialPassword();
		try {
			this.accounts.save(new AdminAccount(this.properties.initialUsername(), this.passwords.encode(password),
					AccountRole.ADMIN, this.clock.instant()));
		}
		catch (DataIntegrityViolationException anotherInstanceWasFirst) {
			return;
		}
		if (generated) {
			log.warn(
					"Created the first administrator '{}' with the generated password: {}  "
							+ "(shown only this once; sign in at /login and change it)",
					this.properties.initialUsername(), password);
		}
		else {
			log.info("Created the first administrator '{}' with the configured password",
					this.properties.initialUsername());
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
