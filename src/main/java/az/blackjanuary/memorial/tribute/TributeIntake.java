package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import az.blackjanuary.memorial.system.Digests;
import az.blackjanuary.memorial.system.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * A tribute's whole way in, from the wall's form or from the API alike: the form's ticket
 * and the checks against bots, screening, the one-time key, repeats and storing, with the
 * key to its author's private link. Each tribute is stored in a transaction of its own or
 * with others that came at the same moment ({@link TributeCommits}); intake as a whole
 * runs outside it, so that a twin request that lost the race for its key (sent to another
 * instance of the site) is answered like the one that won.
 */
@Service
class TributeIntake {

	private final FormTickets tickets;

	private final TributeScreening screening;

	private final EarlierTributes earlier;

	private final TributeRepository tributes;

	private final TributeCommits commits;

	private final TransactionTemplate transaction;

	private final TributeProperties properties;

	private final Clock clock;

	private final TributeMetrics metrics;

	TributeIntake(FormTickets tickets, TributeScreening screening, EarlierTributes earlier, TributeRepository tributes,
			TributeCommits commits, PlatformTransactionManager transactions, TributeProperties properties, Clock clock,
			TributeMetrics metrics) {
		this.metrics = metrics;
		this.tickets = tickets;
		this.screening = screening;
		this.earlier = earlier;
		this.tributes = tributes;
		this.commits = commits;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/** A one-time ticket for a new form. */
	String newTicket() {
		return this.tickets.issue();
	}

	/**
	 * A tribute sent with the wall's form, {@code valid} when its fields are. A form sent
	 * twice is stored once. Only a bot fills in the hidden field {@code trap}: it is
	 * thanked like anyone else and nothing is stored. A form sent back faster than a
	 * person types may still be a person's who pasted their words, so it is never thanked
	 * for nothing: it comes back, to be sent again.
	 */
	FormAnswer fromForm(TributeForm form, boolean valid, String ticket, String trap, Language language,
			String address) {
		Optional<FormTickets.Ticket> read = this.tickets.read(ticket)
			.filter((given) -> given.age().compareTo(this.properties.formLifetime()) <= 0);
		if (read.isEmpty()) {
			return FormAnswer.again("tribute.form.expired", this.tickets.issue());
		}
		if (StringUtils.hasText(trap)) {
			return FormAnswer.thanks(Optional.empty());
		}
		if (read.get().age().compareTo(this.properties.minFillTime()) < 0) {
			return FormAnswer.again("tribute.form.too-fast", ticket);
		}
		if (!valid) {
			return FormAnswer.again(null, ticket);
		}
		return FormAnswer
			.thanks(take(form, language, read.get().key(), this.tickets.hashOfAddress(address), null).privateKey());
	}

	/**
	 * A tribute sent to the API, with the client's Idempotency-Key if it gave one. That
	 * key stands for one tribute: sent again with other words, it is refused.
	 */
	Taken fromApi(TributeForm form, Language language, String idempotencyKey, String address) {
		String addressHash = this.tickets.hashOfAddress(address);
		if (idempotencyKey == null) {
			return take(form, language, this.tickets.newKey(), addressHash, null);
		}
		return take(form, language, this.tickets.apiKeyFor(idempotencyKey, addressHash, wordsOf(form)), addressHash,
				this.tickets.requestKeyHashOf(idempotencyKey, addressHash));
	}

	private Taken take(TributeForm form, Language language, String submissionKey, String addressHash,
			String requestKeyHash) {
		String authorKey = this.tickets.authorKeyFor(submissionKey);
		String authorKeyHash = FormTickets.hashOfAuthorKey(authorKey);
		if (requestKeyHash != null) {
			Optional<String> sentBefore = this.earlier.authorKeyHashOfRequest(requestKeyHash);
			if (sentBefore.isPresent()) {
				return new Taken(sentBefore.get().equals(authorKeyHash) ? Receipt.SENT_BEFORE : Receipt.KEY_REUSED,
						authorKey);
			}
		}
		Arrival arrival = new Arrival(form, language, Tribute.now(this.clock), this.screening.flagOf(form).orElse(null),
				addressHash, authorKeyHash, requestKeyHash);
		Receipt receipt;
		try {
			receipt = this.commits.commit(arrival, this::storeTogether);
		}
		catch (DataIntegrityViolationException sameKeyAtTheSameMoment) {
			// Its twin was stored first; or, under the same Idempotency-Key, other words
			// were.
			boolean twin = requestKeyHash == null
					|| this.earlier.keysTaken(List.of(authorKeyHash)).contains(authorKeyHash);
			receipt = twin ? Receipt.SENT_BEFORE : Receipt.KEY_REUSED;
		}
		return new Taken(receipt, authorKey);
	}

	/** The words of a tribute as sent, whatever the JSON around them looked like. */
	private static String wordsOf(TributeForm form) {
		return Digests.sha256(String.join("\u0000", Objects.toString(form.getName(), ""),
				Objects.toString(form.getPlace(), ""), form.getMessage(), form.getNameShown().name()));
	}

	/**
	 * Stores tributes that arrived together, in one transaction, and says what became of
	 * each, in their order. A form sent again, or the same message from the same sender
	 * within a day, is the tribute already received, whether it was stored before or came
	 * earlier in the same list: nothing new is stored for it.
	 */
	List<Receipt> storeTogether(List<Arrival> arrivals) {
		List<Receipt> receipts = storeInOneTransaction(arrivals);
		// Counted once committed, so that a rolled-back batch is not counted as received.
		for (int i = 0; i < receipts.size(); i++) {
			if (receipts.get(i) == Receipt.STORED) {
				this.metrics.stored(arrivals.get(i).tribute());
			}
		}
		return receipts;
	}

	private List<Receipt> storeInOneTransaction(List<Arrival> arrivals) {
		return this.transaction.execute((status) -> {
			List<Tribute> arriving = arrivals.stream().map(Arrival::tribute).toList();
			Set<String> keysTaken = keysTaken(arriving);
			List<SentMessage> sentBefore = sentBefore(arriving);
			List<Receipt> receipts = new ArrayList<>(arriving.size());
			for (Tribute tribute : arriving) {
				Receipt receipt = receiptOf(tribute, keysTaken, sentBefore);
				if (receipt == Receipt.STORED) {
					this.tributes.save(tribute);
					keysTaken.add(tribute.authorKeyHash());
					sentBefore.add(tribute.asSent());
				}
				receipts.add(receipt);
			}
			this.tributes.flush();
			return receipts;
		});
	}

	private static Receipt receiptOf(Tribute tribute, Set<String> keysTaken, List<SentMessage> sentBefore) {
		if (tribute.authorKeyHash() != null && keysTaken.contains(tribute.authorKeyHash())) {
			return Receipt.SENT_BEFORE;
		}
		return sentBefore.stream().anyMatch(tribute::repeats) ? Receipt.REPEATED : Receipt.STORED;
	}

	private Set<String> keysTaken(List<Tribute> arriving) {
		List<String> keys = arriving.stream().map(Tribute::authorKeyHash).filter(Objects::nonNull).toList();
		return keys.isEmpty() ? new HashSet<>() : this.earlier.keysTaken(keys);
	}

	/**
	 * What the senders of these tributes sent before with the same digests;
	 * {@link Tribute#repeats} decides.
	 */
	private List<SentMessage> sentBefore(List<Tribute> arriving) {
		List<Tribute> fromKnownSenders = arriving.stream().filter((tribute) -> tribute.clientHash() != null).toList();
		if (fromKnownSenders.isEmpty()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(this.earlier.sentWith(fromKnownSenders.stream().map(Tribute::messageDigest).toList(),
				fromKnownSenders.stream().map(Tribute::clientHash).toList()));
	}

	/** What became of a tribute. */
	enum Receipt {

		/** Stored now, for moderation. */
		STORED,

		/** This very form was stored before: a double click or a replay. */
		SENT_BEFORE,

		/**
		 * The same words from the same sender within a day: stored once, under an earlier
		 * form.
		 */
		REPEATED,

		/**
		 * An API client's Idempotency-Key that came before with other words: nothing is
		 * stored, and the earlier tribute's link is not given away.
		 */
		KEY_REUSED

	}

	/** What became of a tribute taken in, and the key of its author's private link. */
	record Taken(Receipt receipt, String authorKey) {

		/**
		 * The key of the private link, for the request that sent the tribute (or its
		 * retry) alone: none when the same words from the same sender came under another
		 * key within a day, whose link only the first request's author has, nor when the
		 * key came with other words.
		 */
		Optional<String> privateKey() {
			return (this.receipt == Receipt.STORED || this.receipt == Receipt.SENT_BEFORE) ? Optional.of(this.authorKey)
					: Optional.empty();
		}

		boolean keyReused() {
			return this.receipt == Receipt.KEY_REUSED;
		}

	}

	/**
	 * What the wall's form gets back: the form {@code again}, with a {@code reason}
	 * unless the fields' own errors say it and the {@code ticket} to send it with; or
	 * thanks, with the key of the author's private link when there is one for this
	 * request.
	 */
	record FormAnswer(boolean again, String reason, String ticket, Optional<String> privateKey) {

		static FormAnswer again(String reason, String ticket) {
			return new FormAnswer(true, reason, ticket, Optional.empty());
		}

		static FormAnswer thanks(Optional<String> privateKey) {
			return new FormAnswer(false, null, null, privateKey);
		}

	}

}
