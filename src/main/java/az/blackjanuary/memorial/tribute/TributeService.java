package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives tributes, moderates them and reads the wall. */
@Service
public class TributeService {

	private final TributeRepository tributes;

	private final EarlierTributes earlier;

	private final TributeScreening screening;

	private final MemorialProperties properties;

	private final Clock clock;

	private final TributeMetrics metrics;

	TributeService(TributeRepository tributes, EarlierTributes earlier, TributeScreening screening,
			MemorialProperties properties, Clock clock, TributeMetrics metrics) {
		this.metrics = metrics;
		this.tributes = tributes;
		this.earlier = earlier;
		this.screening = screening;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores a tribute from no known sender (an editor's, a test's) for moderation; it is not
	 * shown until it is approved.
	 */
	@Transactional
	public long submit(TributeForm form, Language language) {
		return this.tributes.save(arrival(form, language, new Submission(null, null)).tribute()).id();
	}

	/** A tribute as it arrives with a form: stamped with the moment it came and screened, not yet stored. */
	Arrival arrival(TributeForm form, Language language, Submission submission) {
		return new Arrival(form, language, submission, now(), this.screening.flagOf(form).orElse(null));
	}

	/**
	 * Stores tributes that arrived together, in one transaction, and says what became of each, in
	 * their order. A form sent again, or the same message from the same sender within a day, is
	 * the tribute already received, whether it was stored before or came earlier in the same list:
	 * nothing new is stored for it.
	 */
	@Transactional
	List<Receipt> receive(List<Arrival> arrivals) {
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
				this.metrics.stored(tribute);
			}
			receipts.add(receipt);
		}
		this.tributes.flush();
		return receipts;
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

	/** What the senders of these tributes sent before with the same digests; {@link Tribute#repeats} decides. */
	private List<SentMessage> sentBefore(List<Tribute> arriving) {
		List<Tribute> fromKnownSenders = arriving.stream().filter((tribute) -> tribute.clientHash() != null).toList();
		if (fromKnownSenders.isEmpty()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(this.earlier.sentWith(fromKnownSenders.stream().map(Tribute::messageDigest).toList(),
				fromKnownSenders.stream().map(Tribute::clientHash).toList()));
	}

	/** What became of a tribute sent with a form. */
	enum Receipt {

		/** Stored now, for moderation. */
		STORED,

		/** This very form was stored before: a double click or a replay. */
		SENT_BEFORE,

		/** The same words from the same sender within a day: stored once, under an earlier form. */
		REPEATED,

		/**
		 * An API client's Idempotency-Key that came before with other words: nothing is stored, and
		 * the earlier tribute's link is not given away. Found by {@link TributeIntake}.
		 */
		KEY_REUSED

	}

	/** The newest approved tributes, for the home page. */
	@Transactional(readOnly = true)
	public List<TributeView> newestOnTheWall() {
		return this.tributes.newest(TributeStatus.APPROVED, Limit.of(this.properties.tributesOnHome()))
			.stream()
			.map(this::view)
			.toList();
	}

	/** When the newest tribute on the wall was posted, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Instant> newestOnTheWallAt() {
		return this.tributes.newest(TributeStatus.APPROVED, Limit.of(1)).stream().map(Tribute::createdAt).findFirst();
	}

	/** The page below {@code before}, or above {@code after}, or else the first page. */
	WallPage page(WallCursor before, WallCursor after) {
		if (before != null) {
			return olderThan(before);
		}
		return (after != null) ? newerThan(after) : firstPage();
	}

	@Transactional(readOnly = true)
	WallPage firstPage() {
		int size = this.properties.tributesPerPage();
		List<Tribute> page = this.tributes.newest(TributeStatus.APPROVED, Limit.of(size + 1));
		return page(page, size, null);
	}

	@Transactional(readOnly = true)
	WallPage olderThan(WallCursor cursor) {
		int size = this.properties.tributesPerPage();
		List<Tribute> page = this.tributes.olderThan(TributeStatus.APPROVED, cursor.createdAt(), cursor.id(),
				Limit.of(size + 1));
		return page(page, size, page.isEmpty() ? null : WallCursor.of(page.get(0)).toString());
	}

	/** The page just above a cursor; near the top of the wall that is simply the first page. */
	@Transactional(readOnly = true)
	WallPage newerThan(WallCursor cursor) {
		int size = this.properties.tributesPerPage();
		List<Tribute> ascending = this.tributes.newerThan(TributeStatus.APPROVED, cursor.createdAt(), cursor.id(),
				Limit.of(size + 1));
		if (ascending.size() <= size) {
			return firstPage();
		}
		List<Tribute> page = new ArrayList<>(ascending.subList(0, size));
		Collections.reverse(page);
		WallCursor oldest = WallCursor.of(page.get(page.size() - 1));
		return new WallPage(page.stream().map(this::view).toList(), oldest.toString(),
				WallCursor.of(page.get(0)).toString());
	}

	/** Tribute {@code size + 1}, when found, proves that there is an older page. */
	private WallPage page(List<Tribute> fetched, int size, String newer) {
		List<Tribute> shown = fetched.subList(0, Math.min(size, fetched.size()));
		String older = (fetched.size() > size) ? WallCursor.of(shown.get(shown.size() - 1)).toString() : null;
		return new WallPage(shown.stream().map(this::view).toList(), older, newer);
	}

	/** A tribute as the wall shows it, signed the way its author chose. */
	TributeView view(Tribute tribute) {
		LocalDate postedOn = LocalDate.ofInstant(tribute.createdAt(), this.clock.getZone());
		String name = tribute.nameShown().apply(tribute.authorName(), tribute.language().locale());
		return new TributeView(tribute.id(), name, tribute.place(), tribute.message(), tribute.language(), postedOn);
	}

	/** Databases keep microseconds; so does the tribute, so that cursors match exactly. */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
