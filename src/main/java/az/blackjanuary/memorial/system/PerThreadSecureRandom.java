package az.blackjanuary.memorial.system;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes for tokens, from a generator of each thread's own. The JDK's default
 * generator on Linux reads {@code /dev/urandom} and mixes under one lock shared by every
 * instance; a page that issues a CSRF token per response made its request threads queue
 * there (the longest waits under load).
 */
public final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal
		.withInitial(PerThreadSecureRandom::newGenerator);

	@Override
	public void nextBytes(byte[] bytes) {
		GENERATORS.get().nextBytes(bytes);
	}

	private static SecureRandom newGenerator() {
		try {
			// Seeded once from the system's entropy, then needs no system call and no
			// lock.
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException unavailable) {
			throw new IllegalStateException("DRBG is part of every Java runtime since 9", unavailable);
		}
	}

}
