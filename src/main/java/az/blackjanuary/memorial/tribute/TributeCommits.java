package az.blackjanuary.memorial.tribute;

import java.util.List;
import java.util.function.Function;

/**
 * How a tribute that intake has passed reaches the database: in a transaction of its own,
 * or in one with the others that arrive at the same moment (a group commit,
 * {@link TributeWriter}).
 * <p>
 * It exists because of the embedded H2 database: it writes its file at every commit, so
 * on the anniversary, with hundreds of tributes a second, a transaction per tribute would
 * spend most of its time on that, and one commit for many does not. PostgreSQL joins the
 * commits of its concurrent connections by itself and needs no help (figures from
 * bench/intake.sh in the README): {@code memorial.tribute.group-commit} chooses, by
 * default on for H2 only.
 * <p>
 * Either way, a tribute's sender is answered only once the transaction that holds it has
 * committed, so what is acknowledged is stored.
 */
interface TributeCommits {

	/**
	 * Stores the tribute with {@code storeTogether}, which takes tributes that arrived
	 * together and says in one transaction what became of each, in their order; returns
	 * what became of this one once that is committed.
	 */
	TributeIntake.Receipt commit(Arrival arrival, Function<List<Arrival>, List<TributeIntake.Receipt>> storeTogether);

}
