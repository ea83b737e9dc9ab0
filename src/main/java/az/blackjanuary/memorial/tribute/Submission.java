package az.blackjanuary.memorial.tribute;

/**
 * Where a tribute comes from: the one-time key of its form, the salted hash of the sender's
 * address and the hash of the key to the author's private link. Any may be missing (a tribute
 * written by a test or an editor).
 */
record Submission(String key, String clientHash, String authorKeyHash) {
}
