package az.blackjanuary.memorial.tribute;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import az.blackjanuary.memorial.system.Digests;
import az.blackjanuary.memorial.system.PerThreadSecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one-time ticket every tribute form carries: when the form was given out and a
 * random key, signed. The key makes a double click or a replay store the tribute once;
 * the time tells a bot that answers in an instant from a person. The same secret salts
 * senders' address hashes: the configured one, or else the one kept in the database.
 */
@Component
class FormTickets {

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final byte[] secret;

	private final Clock clock;

	private final SecureRandom random = new PerThreadSecureRandom();

	/**
	 * One keyed Mac per thread: a Mac is not thread-safe, and a post signs three times.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	FormTickets(TributeProperties properties, StoredSecret stored, Clock clock) {
		String secret = StringUtils.hasText(properties.secret()) ? properties.secret() : stored.readOrCreate();
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
	}

	String issue() {
		String body = this.clock.instant().getEpochSecond() + "." + newKey();
		return body + "." + sign(body);
	}

	/** The ticket's key and age, if it is one this site signed. */
	Optional<Ticket> read(String ticket) {
		if (ticket == null) {
			return Optional.empty();
		}
		int lastDot = ticket.lastIndexOf('.');
		int firstDot = ticket.indexOf('.');
		if (firstDot < 1 || lastDot <= firstDot) {
			return Optional.empty();
		}
		String body = ticket.substring(0, lastDot);
		byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = ticket.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return Optional.empty();
		}
		try {
			Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(ticket.substring(0, firstDot)));
			return Optional.of(new Ticket(ticket.substring(firstDot + 1, lastDot),
					Duration.between(issuedAt, this.clock.instant())));
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

	/** A new random key, for a tribute sent without a form of this site's. */
	String newKey() {
		byte[] key = new byte[18];
		this.random.nextBytes(key);
		return BASE64.encodeToString(key);
	}

	/**
	 * The one-time key of a tribute sent to the API: the client's Idempotency-Key, bound
	 * to the sender and to the words sent, so that only a retry of the same request leads
	 * to the same tribute and private link, and nobody else who guesses the key does.
	 */
	String apiKeyFor(String idempotencyKey, String addressHash, String wordsDigest) {
		return "api." + sign(addressHash + " " + idempotencyKey + " " + wordsDigest);
	}

	/**
	 * What stands for a client's Idempotency-Key once used, whatever words came with it.
	 */
	String requestKeyHashOf(String idempotencyKey, String addressHash) {
		return sign("request " + addressHash + " " + idempotencyKey);
	}

	/**
	 * The key of the author's private link, made from the form's one-time key with the
	 * secret: a form sent twice leads to the same link, and nobody can make it without
	 * the secret.
	 */
	String authorKeyFor(String submissionKey) {
		return sign("author " + submissionKey);
	}

	/**
	 * What is stored of an author's key: its hash. The key is long and random, so a fast
	 * hash suffices.
	 */
	static String hashOfAuthorKey(String authorKey) {
		return Digests.sha256(authorKey);
	}

	/**
	 * A salted hash of a sender's address: enough to spot a repeat, useless to find the
	 * person.
	 */
	String hashOfAddress(String address) {
		return sign("address " + address);
	}

	private String sign(String text) {
		return BASE64.encodeToString(this.macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
		}
	}

	/** A valid ticket: its one-time key and how long ago the form was given out. */
	record Ticket(String key, Duration age) {
	}

}
