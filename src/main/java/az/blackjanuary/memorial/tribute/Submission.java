package az.blackjanuary.memorial.tribute;

/**
 * Where a tribute comes from: the salted hash of the sender's address, and the hash of the key to
 * the author's private link, which is made from the one-time key of the form and so stands for
 * it. Either may be missing (a tribute written by a test or an editor). A tribute sent to the API
 * with an Idempotency-Key also has the hash of that key with its sender, which stands for this
 * tribute alone.
 */
record Submission(String clientHash, String authorKeyHash, String requestKeyHash) {

	Submission(String clientHash, String authorKeyHash) {
		this(clientHash, authorKeyHash, null);
	}

}
