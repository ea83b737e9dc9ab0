package az.blackjanuary.memorial.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** SHA-256 of a text, Base64url: 43 characters whatever the length of the text. */
public final class Digests {

	private Digests() {
	}

	public static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException unavailable) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", unavailable);
		}
	}

}
