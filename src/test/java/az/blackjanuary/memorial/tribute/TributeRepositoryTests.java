package az.blackjanuary.memorial.tribute;

import java.time.Instant;
import java.util.List;

import az.blackjanuary.memorial.system.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/** The wall's queries on the schema Flyway makes. */
@DataJpaTest
@Import(WallWords.class)
class TributeRepositoryTests {

	private static final Instant NOON = Instant.parse("2026-01-20T08:00:00Z");

	@Autowired
	private TributeRepository tributes;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	private Tribute first;

	private Tribute twinA;

	private Tribute twinB;

	private Tribute last;

	@BeforeEach
	void fourApprovedTributesTwoOfThemAtTheSameMoment() {
		this.tributes.deleteAll();
		this.first = approved("first", NOON);
		this.twinA = approved("twin a", NOON.plusSeconds(60));
		this.twinB = approved("twin b", NOON.plusSeconds(60));
		this.last = approved("last", NOON.plusSeconds(120));
		this.tributes.save(new Tribute(null, null, "pending", Language.AZ, NOON.plusSeconds(180)));
	}

	@Test
	void newestApprovedComeFirstAndPendingNeverShows() {
		assertThat(messages(this.tributes.newest(TributeStatus.APPROVED, Limit.of(10)))).containsExactly("last",
				"twin b", "twin a", "first");
	}

	@Test
	void olderThanACursorContinuesJustBelowItEvenBetweenEqualTimes() {
		assertThat(messages(
				this.tributes.olderThan(TributeStatus.APPROVED, this.twinB.createdAt(), this.twinB.id(), Limit.of(10))))
			.containsExactly("twin a", "first");
		assertThat(
				this.tributes.olderThan(TributeStatus.APPROVED, this.first.createdAt(), this.first.id(), Limit.of(10)))
			.isEmpty();
	}

	@Test
	void newerThanACursorGoesUpFromJustAboveIt() {
		assertThat(messages(
				this.tributes.newerThan(TributeStatus.APPROVED, this.twinA.createdAt(), this.twinA.id(), Limit.of(10))))
			.containsExactly("twin b", "last");
		assertThat(this.tributes.newerThan(TributeStatus.APPROVED, this.last.createdAt(), this.last.id(), Limit.of(10)))
			.isEmpty();
	}

	@Test
	void textInEveryScriptIsStoredExactly() {
		String words = "Şəhidlər ölməz — Герои не умирают 🌹 '; DROP TABLE tribute; --";
		Tribute saved = this.tributes.saveAndFlush(new Tribute("Ələsgər", "Bakı", words, Language.AZ, NOON));
		assertThat(this.tributes.findById(saved.id())).get().extracting(Tribute::message).isEqualTo(words);
	}

	/**
	 * The SQL the wall's queries are made of, as the database plans it: an index range
	 * that stops after a page.
	 */
	@Test
	void aPageOfTheWallIsReadFromTheIndexWithoutSortingTheWall() throws Exception {
		for (int i = 0; i < 300; i++) {
			approved("filler " + i, NOON.plusSeconds(1000 + i));
		}
		this.tributes.flush();
		String sql = "select id from tribute where status = 'APPROVED' and (created_at, id) < (?, ?) "
				+ "order by status desc, created_at desc, id desc fetch first 21 rows only";
		String product = this.jdbc
			.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
		String plan = String.join("\n",
				this.jdbc.queryForList(product.equals("H2") ? "explain analyze " + sql : "explain " + sql, String.class,
						java.sql.Timestamp.from(NOON.plusSeconds(1200)), Long.MAX_VALUE));
		assertThat(plan).containsIgnoringCase("tribute_wall_idx");
		if (product.equals("H2")) {
			assertThat(plan).contains("index sorted");
			int scanned = Integer.parseInt(plan.replaceAll("(?s).*scanCount: (\\d+).*", "$1"));
			assertThat(scanned).as("rows read for one page").isLessThan(30);
		}
		else {
			assertThat(plan).doesNotContain("Sort");
		}
	}

	private Tribute approved(String message, Instant at) {
		Tribute tribute = new Tribute(null, null, message, Language.EN, at);
		tribute.approve(at);
		return this.tributes.save(tribute);
	}

	private static List<String> messages(List<Tribute> found) {
		return found.stream().map(Tribute::message).toList();
	}

}
