package az.blackjanuary.memorial.names;

import java.util.List;

/**
 * What a CSV file does to the register, row by row.
 *
 * @param fileRefusal why the file as a whole cannot be read, else null
 */
record ImportPlan(List<RowOutcome> rows, String fileRefusal) {

	enum Outcome {

		CREATED, CHANGED, UNCHANGED, REFUSED

	}

	/**
	 * @param line the row's number among the rows of the file, the header not counted
	 * @param reason why a refused row is refused, in the editor's language
	 */
	record RowOutcome(long line, String reference, String name, Outcome outcome, String reason) {
	}

	/** Nothing refused, and something to do. */
	public boolean importable() {
		return this.fileRefusal == null && this.rows.stream().noneMatch((row) -> row.outcome() == Outcome.REFUSED)
				&& this.rows.stream()
					.anyMatch((row) -> row.outcome() == Outcome.CREATED || row.outcome() == Outcome.CHANGED);
	}

	public long count(Outcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

}
