package az.blackjanuary.memorial.tribute;

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

	TributeIntake(TributeService tributes, TributeWriter writer, FormTickets tickets) {
		this.tributes = tributes;
		this.writer = writer;
		this.tickets = tickets;
	}

	/**
	 * @return the key of the author's private link; empty when the same words came from the same
	 * sender under another key within a day, whose link only the first form's author has
	 */
	Optional<String> take(TributeForm form, Language language, String submissionKey, String addressHash) {
		String authorKey = this.tickets.authorKeyFor(submissionKey);
		TributeService.Receipt receipt;
		try {
			receipt = this.writer.write(this.tributes.arrival(form, language,
					new Submission(addressHash, FormTickets.hashOfAuthorKey(authorKey))));
		}
		catch (DataIntegrityViolationException sameKeyAtTheSameMoment) {
			receipt = TributeService.Receipt.SENT_BEFORE;
		}
		return (receipt == TributeService.Receipt.REPEATED) ? Optional.empty() : Optional.of(authorKey);
	}

}
