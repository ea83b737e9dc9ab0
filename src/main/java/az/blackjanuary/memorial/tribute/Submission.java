package az.blackjanuary.memorial.tribute;

/**
 * Where a tribute comes from: the salted hash of the sender's address, and the hash of the key to
 * the author's private link, which is made from the one-time key of the form and so stands for
 * it. Either may be missing (a tribute written by a test or an editor).
 */
record Submission(String clientHash, String authorKeyHash) {
}
