package az.blackjanuary.memorial.tribute;

import java.util.List;
import java.util.function.Function;

/** Each tribute in a transaction of its own, in its sender's request thread. */
class OneCommitEach implements TributeCommits {

	@Override
	public TributeIntake.Receipt commit(Arrival arrival,
			Function<List<Arrival>, List<TributeIntake.Receipt>> storeTogether) {
		return storeTogether.apply(List.of(arrival)).get(0);
	}

}
