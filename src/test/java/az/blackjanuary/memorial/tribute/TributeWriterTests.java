package az.blackjanuary.memorial.tribute;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import az.blackjanuary.memorial.system.Language;
import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tributes that arrive together are stored together, and each exactly as if it had come
 * alone; the group commit is where the database needs it.
 */
@MemorialSiteTest
class TributeWriterTests {

	@Autowired
	private TributeIntake intake;

	@Autowired
	private TributeCommits chosen;

	@Autowired
	private Clock clock;

	@Value("${spring.datasource.url}")
	private String databaseUrl;

	/** A group commit of this test's own, whatever the database's default. */
	private final TributeWriter writer = new TributeWriter();

	@BeforeEach
	void startTheWriter() {
		this.writer.start();
	}

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * Marks this test's tributes, removed after it: they would crowd the moderators'
	 * queue of other tests.
	 */
	private final String run = UUID.randomUUID().toString();

	@AfterEach
	void removeThisTestsTributes() {
		this.writer.stop();
		this.jdbc.update("DELETE FROM tribute WHERE message LIKE ?", "%" + this.run);
	}

	@Test
	void theEmbeddedDatabaseStoresTogetherAndPostgresqlOneByOne() {
		if (this.databaseUrl.startsWith("jdbc:h2:")) {
			assertThat(this.chosen).isInstanceOfSatisfying(TributeWriter.class,
					(writer) -> assertThat(writer.isRunning()).as("started with the site").isTrue());
		}
		else {
			assertThat(this.chosen).isInstanceOf(OneCommitEach.class);
		}
	}

	@Test
	void twinFormsAndRepeatsInOneArrivalAreStoredOnce() {
		String sender = "sender " + this.run;
		List<TributeIntake.Receipt> receipts = this.intake.storeTogether(List.of(arrival("first", "key-a", sender),
				arrival("first", "key-a", sender), arrival("second", "key-b", sender),
				arrival("second", "key-c", sender), arrival("second", "key-d", "another " + sender)));

		assertThat(receipts).containsExactly(TributeIntake.Receipt.STORED, TributeIntake.Receipt.SENT_BEFORE,
				TributeIntake.Receipt.STORED, TributeIntake.Receipt.REPEATED, TributeIntake.Receipt.STORED);
		assertThat(stored()).as("one row for each form, and one for a repeat's first sending").isEqualTo(3);
		assertThat(this.intake.storeTogether(List.of(arrival("second", "key-e", sender))))
			.as("the repeat of what an earlier arrival stored")
			.containsExactly(TributeIntake.Receipt.REPEATED);
	}

	@Test
	void concurrentSendersAreEachAnsweredOnceTheirTributeIsStored() throws Exception {
		List<Callable<TributeIntake.Receipt>> senders = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Arrival arrival = arrival("together " + i, "key-" + i, "sender " + i + this.run);
			senders.add(() -> this.writer.commit(arrival, this.intake::storeTogether));
			senders.add(() -> this.writer.commit(arrival, this.intake::storeTogether));
		}

		List<TributeIntake.Receipt> receipts = new ArrayList<>();
		for (Future<TributeIntake.Receipt> receipt : allAtOnce(senders)) {
			receipts.add(receipt.get());
		}

		assertThat(receipts).filteredOn((receipt) -> receipt == TributeIntake.Receipt.STORED).hasSize(40);
		assertThat(receipts).filteredOn((receipt) -> receipt == TributeIntake.Receipt.SENT_BEFORE).hasSize(40);
		assertThat(stored()).isEqualTo(40);
	}

	@Test
	void aTributeTheDatabaseRefusesFailsAloneAndTheOthersAreStored() throws Exception {
		List<Callable<TributeIntake.Receipt>> senders = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Arrival arrival = arrival("good " + i, "key-" + i, null);
			senders.add(() -> this.writer.commit(arrival, this.intake::storeTogether));
		}
		// Longer than the column: only the database can refuse it, as it might refuse
		// anything.
		Arrival refused = new Arrival(new TributeForm("n".repeat(400), null, "refused " + this.run, null), Language.EN,
				Tribute.now(this.clock), null, null, "key-refused-" + this.run, null);
		senders.add(() -> this.writer.commit(refused, this.intake::storeTogether));

		List<Future<TributeIntake.Receipt>> receipts = allAtOnce(senders);

		for (Future<TributeIntake.Receipt> receipt : receipts.subList(0, 20)) {
			assertThat(receipt.get()).isEqualTo(TributeIntake.Receipt.STORED);
		}
		Throwable failure = catchThrowable(() -> receipts.get(20).get());
		assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(DataAccessException.class);
		assertThat(stored()).isEqualTo(20);
	}

	/** A tribute of this test: its message and its key end with the test's mark. */
	private Arrival arrival(String message, String key, String sender) {
		return new Arrival(new TributeForm("Leyla", "Bakı", message + " " + this.run, null), Language.AZ,
				Tribute.now(this.clock), null, sender, key + "-" + this.run, null);
	}

	private int stored() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM tribute WHERE message LIKE ?", Integer.class,
				"%" + this.run);
	}

	/**
	 * Every sender waits at one gate, so that they reach the writer at the same moment.
	 */
	private static List<Future<TributeIntake.Receipt>> allAtOnce(List<Callable<TributeIntake.Receipt>> senders)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(senders.size());
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<TributeIntake.Receipt>> receipts = new ArrayList<>();
			for (Callable<TributeIntake.Receipt> sender : senders) {
				receipts.add(pool.submit(() -> {
					gate.await();
					return sender.call();
				}));
			}
			gate.countDown();
			for (Future<TributeIntake.Receipt> receipt : receipts) {
				try {
					receipt.get();
				}
				catch (ExecutionException expectedForSome) {
					// Read by the test.
				}
			}
			return receipts;
		}
		finally {
			pool.shutdown();
		}
	}

}
