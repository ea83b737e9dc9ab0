package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialProperties;
import az.blackjanuary.memorial.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the wall: approved tributes, newest first, page by page, as visitors see them.
 */
@Service
public class TributeService {

	/** The newest tributes whose pages the sitemap lists. */
	static final int SITEMAP_TRIBUTES = 1000;

	private final TributeRepository tributes;

	private final WallWords words;

	private final MemorialProperties properties;

	private final Clock clock;

	private final RememberedPeople people;

	TributeService(TributeRepository tributes, WallWords words, MemorialProperties properties, Clock clock,
			RememberedPeople people) {
		this.tributes = tributes;
		this.words = words;
		this.properties = properties;
		this.clock = clock;
		this.people = people;
	}

	/**
	 * The newest approved tributes left in memory of a person of the register, for their
	 * page: as many as a page of the wall holds.
	 */
	@Transactional(readOnly = true)
	public List<TributeView> remembering(long personId) {
		return this.tributes
			.findByRememberedPersonIdAndStatusOrderByCreatedAtDescIdDesc(personId, TributeStatus.APPROVED,
					Limit.of(this.properties.tributesPerPage()))
			.stream()
			.map(this::view)
			.toList();
	}

	/** The newest approved tributes, for the home page. */
	@Transactional(readOnly = true)
	public List<TributeView> newestOnTheWall(Language language) {
		return views(this.tributes.newest(TributeStatus.APPROVED, Limit.of(this.properties.tributesOnHome())),
				language);
	}

	/**
	 * The newest tributes' own pages, for the sitemap: a sitemap holds at most 50,000
	 * addresses, three for each page.
	 */
	@Transactional(readOnly = true)
	public List<TributeStamp> onTheirOwnPages() {
		return this.tributes.newest(TributeStatus.APPROVED, Limit.of(SITEMAP_TRIBUTES))
			.stream()
			.map((tribute) -> new TributeStamp(tribute.id(), latest(tribute)))
			.toList();
	}

	private static Instant latest(Tribute tribute) {
		Instant latest = tribute.createdAt();
		for (Instant change : new Instant[] { tribute.moderatedAt(), tribute.editedAt() }) {
			if (change != null && change.isAfter(latest)) {
				latest = change;
			}
		}
		return latest;
	}

	/** When the newest tribute on the wall was posted, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Instant> newestOnTheWallAt() {
		return this.tributes.newest(TributeStatus.APPROVED, Limit.of(1)).stream().map(Tribute::createdAt).findFirst();
	}

	/** The page below {@code before}, or above {@code after}, or else the first page. */
	WallPage page(WallCursor before, WallCursor after, Language language) {
		return page(before, after, null, language);
	}

	/**
	 * The same, of the tributes matching a search, or of the whole wall when
	 * {@code search} is null.
	 */
	@Transactional(readOnly = true)
	WallPage page(WallCursor before, WallCursor after, WallSearch search, Language language) {
		if (before != null) {
			return olderThan(before, search, language);
		}
		return (after != null) ? newerThan(after, search, language) : firstPage(search, language);
	}

	@Transactional(readOnly = true)
	WallPage firstPage(Language language) {
		return firstPage(null, language);
	}

	private WallPage firstPage(WallSearch search, Language language) {
		int size = this.properties.tributesPerPage();
		List<Tribute> page = older(search, TributeRepository.END_OF_TIME, Long.MAX_VALUE, Limit.of(size + 1));
		return page(page, size, null, language);
	}

	private WallPage olderThan(WallCursor cursor, WallSearch search, Language language) {
		int size = this.properties.tributesPerPage();
		List<Tribute> page = older(search, cursor.createdAt(), cursor.id(), Limit.of(size + 1));
		return page(page, size, page.isEmpty() ? null : WallCursor.of(page.get(0)).toString(), language);
	}

	/**
	 * The page just above a cursor; near the top of the wall that is simply the first
	 * page.
	 */
	private WallPage newerThan(WallCursor cursor, WallSearch search, Language language) {
		int size = this.properties.tributesPerPage();
		List<Tribute> ascending = newer(search, cursor.createdAt(), cursor.id(), Limit.of(size + 1));
		if (ascending.size() <= size) {
			return firstPage(search, language);
		}
		List<Tribute> page = new ArrayList<>(ascending.subList(0, size));
		Collections.reverse(page);
		WallCursor oldest = WallCursor.of(page.get(page.size() - 1));
		return new WallPage(views(page, language), oldest.toString(), WallCursor.of(page.get(0)).toString());
	}

	private List<Tribute> older(WallSearch search, Instant createdAt, long id, Limit limit) {
		if (search == null) {
			return this.tributes.olderThan(TributeStatus.APPROVED, createdAt, id, limit);
		}
		if (search.findsNothing()) {
			return List.of();
		}
		return this.words.page(search, createdAt, id, true, limit.max())
			.map(this::inTheirOrder)
			.orElseGet(() -> this.tributes.olderMatching(TributeStatus.APPROVED, createdAt, id, search.likePattern(),
					limit));
	}

	private List<Tribute> newer(WallSearch search, Instant createdAt, long id, Limit limit) {
		if (search == null) {
			return this.tributes.newerThan(TributeStatus.APPROVED, createdAt, id, limit);
		}
		if (search.findsNothing()) {
			return List.of();
		}
		return this.words.page(search, createdAt, id, false, limit.max())
			.map(this::inTheirOrder)
			.orElseGet(() -> this.tributes.newerMatching(TributeStatus.APPROVED, createdAt, id, search.likePattern(),
					limit));
	}

	/** The tributes of these ids, in the order of the ids. */
	private List<Tribute> inTheirOrder(List<Long> ids) {
		Map<Long, Tribute> byId = new HashMap<>();
		this.tributes.findAllById(ids).forEach((tribute) -> byId.put(tribute.id(), tribute));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** Tribute {@code size + 1}, when found, proves that there is an older page. */
	private WallPage page(List<Tribute> fetched, int size, String newer, Language language) {
		List<Tribute> shown = fetched.subList(0, Math.min(size, fetched.size()));
		String older = (fetched.size() > size) ? WallCursor.of(shown.get(shown.size() - 1)).toString() : null;
		return new WallPage(views(shown, language), older, newer);
	}

	/**
	 * Tributes as the wall shows them, each with the person it remembers while that entry
	 * is published: the register is asked once for the whole page.
	 */
	private List<TributeView> views(List<Tribute> tributes, Language language) {
		Set<Long> named = tributes.stream()
			.map(Tribute::rememberedPersonId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, RememberedPerson> remembered = this.people.published(named, language);
		return tributes.stream()
			.map((tribute) -> view(tribute,
					(tribute.rememberedPersonId() != null) ? remembered.get(tribute.rememberedPersonId()) : null))
			.toList();
	}

	/**
	 * An approved tribute for its own page. Pending, rejected and hidden ones are not
	 * there (404); one its author removed is gone (410).
	 */
	@Transactional(readOnly = true)
	TributePage onItsOwnPage(long id, Language language) {
		Tribute tribute = this.tributes.findById(id).orElseThrow(() -> new NotFoundException("No tribute " + id));
		if (tribute.status() == TributeStatus.DELETED) {
			throw new TributeRemovedByAuthor(id);
		}
		if (tribute.status() != TributeStatus.APPROVED) {
			throw new NotFoundException("No tribute on the wall " + id);
		}
		// Just above this tribute, so that the wall's page starts with it.
		WallCursor above = new WallCursor(tribute.createdAt(), tribute.id() + 1);
		RememberedPerson remembers = (tribute.rememberedPersonId() != null)
				? this.people.published(tribute.rememberedPersonId(), language).orElse(null) : null;
		return new TributePage(view(tribute), above.toString(), remembers);
	}

	/**
	 * A tribute as the wall shows it, signed the way its author chose, without the person
	 * it remembers.
	 */
	TributeView view(Tribute tribute) {
		return view(tribute, null);
	}

	private TributeView view(Tribute tribute, RememberedPerson remembers) {
		LocalDate postedOn = LocalDate.ofInstant(tribute.createdAt(), this.clock.getZone());
		String name = tribute.nameShown().apply(tribute.authorName(), tribute.language().locale());
		return new TributeView(tribute.id(), name, tribute.place(), tribute.message(), tribute.language(), postedOn,
				remembers);
	}

}
