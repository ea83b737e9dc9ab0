package az.blackjanuary.memorial.tribute;

import java.time.Instant;

/**
 * A message a sender sent before: what a new tribute is compared with to find a repeat.
 */
record SentMessage(String clientHash, String messageDigest, String message, Instant createdAt) {
}
