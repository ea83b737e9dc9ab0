package az.blackjanuary.memorial.tribute;

/**
 * Where a tribute comes from: the one-time key of its form and the salted hash of the sender's
 * address. Either may be missing (a tribute written by a test or an editor).
 */
record Submission(String key, String clientHash) {
}
