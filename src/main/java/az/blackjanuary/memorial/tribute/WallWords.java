package az.blackjanuary.memorial.tribute;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The word index of the wall on H2, which has no index for words inside a text: a row in
 * {@code tribute_word} for each different word of each tribute's {@link SearchText},
 * keyed by (word, created_at, tribute_id), written in the transaction that writes the
 * tribute ({@link TributeWordsListener}). PostgreSQL searches its trigram index instead
 * and keeps no such rows.
 * <p>
 * A search asks the index for the tributes that can match, then checks each with the same
 * LIKE the wall's query uses, so the results are those of PostgreSQL. How it asks depends
 * on how many index rows the words have, counted up to {@link #FEW}: at most that many,
 * they are read and sorted; more, for a word that must be whole (every word of the search
 * but the last), its rows are read in the wall's order from the index and the scan stops
 * after a page; more, for a beginning of a word alone, the matches are so many that the
 * wall itself, read from the top, reaches a page of them soon (the last resort, as a
 * query planner would choose).
 */
@Component
class WallWords {

	/**
	 * Words are kept to this many characters: a longer word is found by its beginning and
	 * checked whole against the tribute.
	 */
	static final int WORD_LENGTH = 50;

	/**
	 * Up to this many index rows are read and their matches sorted; with more, the wall
	 * read in order meets a page of matches soon. A page of 20 costs about 20 × tributes
	 * / rows rows read along the wall and {@code rows} read through the index: the two
	 * meet near the square root of 20 × tributes, 4,500 at a million tributes, so the
	 * worst of either stays near 5,000 rows.
	 */
	static final int FEW = 4000;

	/** Sorts after every word that begins with what comes before it. */
	private static final String AFTER_EVERY_ENDING = "\uFFFF";

	/** Sorts after the word before it and before every longer word. */
	private static final String JUST_AFTER = "\u0000";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final int few;

	private volatile Boolean kept;

	@Autowired
	WallWords(JdbcClient jdbc, JdbcTemplate batches) {
		this(jdbc, batches, FEW);
	}

	WallWords(JdbcClient jdbc, JdbcTemplate batches, int few) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.few = few;
	}

	/** Whether this database keeps the word index: H2 does, PostgreSQL does not. */
	boolean kept() {
		Boolean answer = this.kept;
		if (answer == null) {
			answer = "H2".equals(this.batches.execute(
					(ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName()));
			this.kept = answer;
		}
		return answer;
	}

	/** Indexes the words of a tribute just stored. */
	void add(long tributeId, Instant createdAt, String searchText) {
		change("INSERT INTO tribute_word (word, created_at, tribute_id) VALUES (?, ?, ?)", tributeId, createdAt,
				searchText);
	}

	/** Takes out the words a tribute was indexed with. */
	void remove(long tributeId, Instant createdAt, String searchText) {
		change("DELETE FROM tribute_word WHERE word = ? AND created_at = ? AND tribute_id = ?", tributeId, createdAt,
				searchText);
	}

	private void change(String sql, long tributeId, Instant createdAt, String searchText) {
		if (!kept()) {
			return;
		}
		List<String> words = indexed(searchText);
		OffsetDateTime at = column(createdAt);
		this.batches.batchUpdate(sql, words, words.size(), (statement, word) -> {
			statement.setString(1, word);
			statement.setObject(2, at);
			statement.setLong(3, tributeId);
		});
	}

	/** The rows' words for a search text: each different word, cut to its length. */
	static List<String> indexed(String searchText) {
		return SearchText.words(searchText).stream().map(WallWords::kept).distinct().toList();
	}

	private static String kept(String word) {
		return (word.codePointCount(0, word.length()) <= WORD_LENGTH) ? word
				: word.substring(0, word.offsetByCodePoints(0, WORD_LENGTH));
	}

	/**
	 * The ids of the page of matches older ({@code older}) or newer than the cursor, in
	 * that direction from it; empty when the wall is better read in order instead, or
	 * when there is no word index.
	 */
	Optional<List<Long>> page(WallSearch search, Instant createdAt, long id, boolean older, int limit) {
		if (!kept()) {
			return Optional.empty();
		}
		Lookup fewest = null;
		Lookup fewestWhole = null;
		for (Lookup lookup : lookups(search.folded())) {
			Lookup counted = lookup.counted(rows(lookup));
			if (counted.rows() == 0) {
				return Optional.of(List.of());
			}
			if (fewest == null || counted.rows() < fewest.rows()) {
				fewest = counted;
			}
			if (counted.whole() && (fewestWhole == null || counted.rows() < fewestWhole.rows())) {
				fewestWhole = counted;
			}
		}
		if (fewest.rows() <= this.few) {
			return Optional.of(sorted(fewest, search, createdAt, id, older, limit));
		}
		if (fewestWhole != null) {
			return Optional.of(inWallOrder(fewestWhole, search, createdAt, id, older, limit));
		}
		return Optional.empty();
	}

	/**
	 * What the index can be asked for each searched word: every word but the last must be
	 * whole, the last may be the beginning of a longer one. Longest first, as likely the
	 * rarest.
	 */
	private static List<Lookup> lookups(List<String> words) {
		List<Lookup> lookups = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			String indexed = kept(word);
			boolean whole = i < words.size() - 1 || !indexed.equals(word)
					|| word.codePointCount(0, word.length()) == WORD_LENGTH;
			Lookup lookup = whole ? new Lookup(indexed, indexed + JUST_AFTER, true, -1)
					: new Lookup(indexed, indexed + AFTER_EVERY_ENDING, false, -1);
			if (!lookups.contains(lookup)) {
				lookups.add(lookup);
			}
		}
		lookups.sort(Comparator.comparingInt((Lookup lookup) -> lookup.from().length()).reversed());
		return lookups;
	}

	/** The index rows of a lookup, counted up to one more than {@link #few}. */
	private int rows(Lookup lookup) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM (SELECT 1 FROM tribute_word WHERE word >= :from AND word < :to LIMIT :most)""")
			.param("from", lookup.from())
			.param("to", lookup.to())
			.param("most", this.few + 1)
			.query(Integer.class)
			.single();
	}

	/** Few rows: every tribute they name is checked, and the matches sorted. */
	private List<Long> sorted(Lookup lookup, WallSearch search, Instant createdAt, long id, boolean older, int limit) {
		String sql = """
				SELECT t.id FROM tribute t
				WHERE t.id IN (SELECT w.tribute_id FROM tribute_word w WHERE w.word >= :from AND w.word < :to)
				AND t.status = 'APPROVED' AND (t.created_at, t.id) %s (:createdAt, :id) AND t.search_text LIKE :pattern
				ORDER BY t.created_at %s, t.id %s LIMIT :limit""".formatted(direction(older));
		return this.jdbc.sql(sql)
			.param("from", lookup.from())
			.param("to", lookup.to())
			.param("createdAt", column(createdAt))
			.param("id", id)
			.param("pattern", search.likePattern())
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * A whole word with many rows: read from the index in the wall's order, each checked,
	 * until a page is found. The order names the word too, so that H2 reads the index in
	 * its order instead of sorting.
	 */
	private List<Long> inWallOrder(Lookup lookup, WallSearch search, Instant createdAt, long id, boolean older,
			int limit) {
		String[] direction = direction(older);
		String sql = """
				SELECT w.tribute_id FROM tribute_word w JOIN tribute t ON t.id = w.tribute_id
				WHERE w.word = :word AND (w.created_at, w.tribute_id) %s (:createdAt, :id)
				AND t.status = 'APPROVED' AND t.search_text LIKE :pattern
				ORDER BY w.word %s, w.created_at %s, w.tribute_id %s LIMIT :limit""".formatted(direction[0],
				direction[1], direction[1], direction[1]);
		return this.jdbc.sql(sql)
			.param("word", lookup.from())
			.param("createdAt", column(createdAt))
			.param("id", id)
			.param("pattern", search.likePattern())
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	static OffsetDateTime column(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String[] direction(boolean older) {
		return older ? new String[] { "<", "DESC", "DESC" } : new String[] { ">", "ASC", "ASC" };
	}

	/**
	 * The index rows from {@code from} (included) to {@code to} (excluded): one whole
	 * word, or every word that begins with {@code from}.
	 */
	private record Lookup(String from, String to, boolean whole, int rows) {

		Lookup counted(int rows) {
			return new Lookup(this.from, this.to, this.whole, rows);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Lookup lookup && lookup.from.equals(this.from) && lookup.to.equals(this.to);
		}

		@Override
		public int hashCode() {
			return this.from.hashCode();
		}

	}

}
