package az.blackjanuary.memorial.tribute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import az.blackjanuary.memorial.system.DatabaseOutage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The group commit: one writer thread takes all the tributes that wait at one moment and
 * stores them in one transaction (why, in {@link TributeCommits}). Each sender is
 * answered only when the transaction that holds its tribute has committed.
 */
class TributeWriter implements TributeCommits, SmartLifecycle {

	/**
	 * Enough to take in every request that can wait at once, small enough to keep a
	 * transaction short.
	 */
	private static final int MOST_AT_ONCE = 200;

	private static final long WAKE_UP_MILLIS = 200;

	private static final Log logger = LogFactory.getLog(TributeWriter.class);

	private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();

	private volatile boolean running;

	private volatile Thread writer;

	/**
	 * The site has one intake, so every tribute comes with the same function: a group is
	 * stored with its first one's.
	 */
	@Override
	public TributeIntake.Receipt commit(Arrival arrival,
			Function<List<Arrival>, List<TributeIntake.Receipt>> storeTogether) {
		Waiting mine = new Waiting(arrival, storeTogether, new CompletableFuture<>());
		this.waiting.add(mine);
		while (true) {
			try {
				return mine.receipt().get(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException stillWaiting) {
				// Outside the writer's running time (starting, shut down, or its thread
				// lost) nobody
				// takes the queue: whoever takes its own tribute back out of it writes it
				// alone.
				if (!writing() && this.waiting.remove(mine)) {
					return storeTogether.apply(List.of(arrival)).get(0);
				}
			}
			catch (ExecutionException failed) {
				throw (failed.getCause() instanceof RuntimeException cause) ? cause : new CompletionException(failed);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the tribute was being stored", interrupted);
			}
		}
	}

	private boolean writing() {
		Thread current = this.writer;
		return this.running && current != null && current.isAlive();
	}

	private void writeWhileRunning() {
		while (this.running || !this.waiting.isEmpty()) {
			try {
				Waiting first = this.waiting.poll(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
				if (first != null) {
					List<Waiting> together = new ArrayList<>(List.of(first));
					this.waiting.drainTo(together, MOST_AT_ONCE - 1);
					writeTogether(together);
				}
			}
			catch (InterruptedException interrupted) {
				// Stopping: what is left is written before the thread ends.
			}
		}
	}

	private void writeTogether(List<Waiting> together) {
		List<TributeIntake.Receipt> receipts;
		try {
			receipts = together.get(0).storeTogether().apply(together.stream().map(Waiting::arrival).toList());
		}
		catch (RuntimeException | Error failed) {
			if (together.size() == 1 || DatabaseOutage.isOutage(failed)) {
				// An unreachable database fails them all alike: trying each alone would
				// keep the
				// last sender waiting for every connection attempt before theirs.
				together.forEach((one) -> fail(one, failed));
				return;
			}
			// One tribute can spoil the transaction for all: each is written again on its
			// own, so
			// that only its own failure reaches its sender.
			together.forEach(this::writeAlone);
			return;
		}
		for (int i = 0; i < together.size(); i++) {
			together.get(i).receipt().complete(receipts.get(i));
		}
	}

	private void writeAlone(Waiting one) {
		try {
			one.receipt().complete(one.storeTogether().apply(List.of(one.arrival())).get(0));
		}
		catch (RuntimeException | Error failed) {
			fail(one, failed);
		}
	}

	private static void fail(Waiting one, Throwable failed) {
		logger.debug("A tribute could not be stored", failed);
		one.receipt().completeExceptionally(failed);
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.writer = new Thread(this::writeWhileRunning, "tribute-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Writes what still waits, then ends: the web server has answered its last request by
	 * then.
	 */
	@Override
	public synchronized void stop() {
		this.running = false;
		try {
			this.writer.join();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Started before the web server takes requests and stopped after it has answered the
	 * last.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	private record Waiting(Arrival arrival, Function<List<Arrival>, List<TributeIntake.Receipt>> storeTogether,
			CompletableFuture<TributeIntake.Receipt> receipt) {
	}

}
