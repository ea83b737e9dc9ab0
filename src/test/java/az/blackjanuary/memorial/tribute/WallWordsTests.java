package az.blackjanuary.memorial.tribute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static az.blackjanuary.memorial.tribute.TributeBuilder.tribute;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word index on H2 finds, page by page and in both directions, exactly what the
 * wall's own query finds (the query PostgreSQL runs), whichever way it chooses to read
 * the index. Here "few" is two rows, so that a handful of tributes takes every way.
 */
@MemorialSiteTest
class WallWordsTests {

	private static final Instant FIRST = Instant.parse("2026-01-19T09:00:00Z");

	private static final int PAGE = 3;

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JdbcTemplate batches;

	private WallWords words;

	@BeforeEach
	void aWallOfCommonAndRareWords() {
		this.tributes.deleteAll();
		this.words = new WallWords(this.jdbc, this.batches, 2);
		for (int i = 0; i < 12; i++) {
			String rare = (i == 4) ? " nadir" : "";
			String pair = (i % 3 == 0) ? "rəhmət eləsin" : "eləsin rəhmət";
			tribute("Allah " + pair + " " + i + rare).by((i % 2 == 0) ? "Leyla Həsənova" : "Leyla Quliyeva")
				.postedAt(FIRST.plusSeconds(i / 2))
				.approved()
				.saveIn(this.tributes);
		}
		tribute("Allah rəhmət eləsin, waiting").postedAt(FIRST.plusSeconds(3)).saveIn(this.tributes);
	}

	@Test
	void everyWayOfReadingTheIndexFindsWhatTheWallsQueryFinds() {
		assertThat(this.words.kept()).isTrue();
		for (String search : List.of("nadir", "rəhmət eləsin", "allah rəhm", "leyla həsən", "leyla quliyeva", "eləsin",
				"rəhmət eləsin 9", "nothing here", "allah nadir")) {
			WallSearch wallSearch = WallSearch.of(search);
			assertThat(olderPages(wallSearch, true)).as(search).isEqualTo(olderPages(wallSearch, false));
			assertThat(newerPages(wallSearch, true)).as(search).isEqualTo(newerPages(wallSearch, false));
		}
	}

	@Test
	void aWordInNoTributeIsAnsweredFromTheIndexAndACommonBeginningFromTheWall() {
		assertThat(this.words.page(WallSearch.of("nothing"), TributeRepository.END_OF_TIME, Long.MAX_VALUE, true, PAGE))
			.contains(List.of());
		assertThat(this.words.page(WallSearch.of("ələ"), TributeRepository.END_OF_TIME, Long.MAX_VALUE, true, PAGE))
			.contains(List.of());
		assertThat(this.words.page(WallSearch.of("eləs"), TributeRepository.END_OF_TIME, Long.MAX_VALUE, true, PAGE))
			.as("a beginning in many tributes: the wall is read instead")
			.isEmpty();
		assertThat(this.words.page(WallSearch.of("allah eləsin"), TributeRepository.END_OF_TIME, Long.MAX_VALUE, true,
				PAGE))
			.as("a whole word in many tributes: read from the index in the wall's order")
			.isPresent();
	}

	/** Every page of the search from the top, each as the ids it shows. */
	private List<List<Long>> olderPages(WallSearch search, boolean byWords) {
		return pages(search, byWords, true, TributeRepository.END_OF_TIME, Long.MAX_VALUE);
	}

	/** Every page of the search from the bottom up. */
	private List<List<Long>> newerPages(WallSearch search, boolean byWords) {
		return pages(search, byWords, false, TributeRepository.BEGINNING_OF_TIME, Long.MIN_VALUE);
	}

	private List<List<Long>> pages(WallSearch search, boolean byWords, boolean older, Instant top, long topId) {
		List<List<Long>> pages = new ArrayList<>();
		Instant at = top;
		long id = topId;
		while (true) {
			List<Long> page = byWords ? byWords(search, at, id, older) : wall(search, at, id, older);
			if (page.isEmpty()) {
				return pages;
			}
			pages.add(page);
			Tribute last = this.tributes.findById(page.get(page.size() - 1)).orElseThrow();
			at = last.createdAt();
			id = last.id();
		}
	}

	private List<Long> byWords(WallSearch search, Instant at, long id, boolean older) {
		return this.words.page(search, at, id, older, PAGE).orElseGet(() -> wall(search, at, id, older));
	}

	private List<Long> wall(WallSearch search, Instant at, long id, boolean older) {
		List<Tribute> page = older
				? this.tributes.olderMatching(TributeStatus.APPROVED, at, id, search.likePattern(), Limit.of(PAGE))
				: this.tributes.newerMatching(TributeStatus.APPROVED, at, id, search.likePattern(), Limit.of(PAGE));
		return page.stream().map(Tribute::id).toList();
	}

}
