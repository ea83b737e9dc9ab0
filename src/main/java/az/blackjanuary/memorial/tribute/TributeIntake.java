package az.blackjanuary.memorial.tribute;

import java.util.List;
import java.util.Optional;

import az.blackjanuary.memorial.system.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Takes in a tribute, from the wall's form or from the API alike: stored once per one-time key,
 * with the key to its author's private link. Outside the transaction, so that a twin request
 * that lost the race for the key (sent to another instance of the site) is answered like the one
 * that won.
 */
@Component
class TributeIntake {

	private final TributeService tributes;

	private final TributeWriter writer;

	private final FormTickets tickets;

	private final EarlierTributes earlier;

	TributeIntake(TributeService tributes, TributeWriter writer, FormTickets tickets, EarlierTributes earlier) {
		this.tributes = tributes;
		this.writer = writer;
		this.tickets = tickets;
		this.earlier = earlier;
	}

	/** A tribute sent with the wall's form, whose one-time key is the form's. */
	Taken take(TributeForm form, Language language, String submissionKey, String addressHash) {
		return take(form, language, submissionKey, addressHash, null);
	}

	/**
	 * A tribute sent with a one-time key and, from the API, the hash of its Idempotency-Key with
	 * its sender. That key stands for one tribute: sent again with other words, it is refused.
	 */
	Taken take(TributeForm form, Language language, String submissionKey, String addressHash,
			String requestKeyHash) {
		String authorKey = this.tickets.authorKeyFor(submissionKey);
		String authorKeyHash = FormTickets.hashOfAuthorKey(authorKey);
		if (requestKeyHash != null) {
			Optional<String> sentBefore = this.earlier.authorKeyHashOfRequest(requestKeyHash);
			if (sentBefore.isPresent()) {
				return new Taken(sentBefore.get().equals(authorKeyHash) ? TributeService.Receipt.SENT_BEFORE
						: TributeService.Receipt.KEY_REUSED, authorKey);
			}
		}
		TributeService.Receipt receipt;
		try {
			receipt = this.writer.write(this.tributes.arrival(form, language,
					new Submission(addressHash, authorKeyHash, requestKeyHash)));
		}
		catch (DataIntegrityViolationException sameKeyAtTheSameMoment) {
			// Its twin was stored first; or, under the same Idempotency-Key, other words were.
			boolean twin = requestKeyHash == null || this.earlier.keysTaken(List.of(authorKeyHash)).contains(authorKeyHash);
			receipt = twin ? TributeService.Receipt.SENT_BEFORE : TributeService.Receipt.KEY_REUSED;
		}
		return new Taken(receipt, authorKey);
	}

	/** What became of a tribute taken in, and the key of its author's private link. */
	record Taken(TributeService.Receipt receipt, String authorKey) {

		/**
		 * The key of the private link, for the request that sent the tribute (or its retry) alone:
		 * none when the same words from the same sender came under another key within a day, whose
		 * link only the first request's author has, nor when the key came with other words.
		 */
		Optional<String> privateKey() {
			return (receipt == TributeService.Receipt.STORED || receipt == TributeService.Receipt.SENT_BEFORE)
					? Optional.of(this.authorKey) : Optional.empty();
		}

		boolean keyReused() {
			return this.receipt == TributeService.Receipt.KEY_REUSED;
		}

	}

}
