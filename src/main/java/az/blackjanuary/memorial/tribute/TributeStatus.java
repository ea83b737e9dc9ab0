package az.blackjanuary.memorial.tribute;

import java.util.List;

/** Where a tribute stands; only approved tributes are ever shown. */
public enum TributeStatus {

	PENDING, APPROVED, REJECTED,

	/**
	 * Removed by its author: the row stays, empty, so that its private link can say so.
	 */
	DELETED;

	/**
	 * What moderators see and decide: a removed tribute is nobody's to judge any more.
	 */
	static final List<TributeStatus> MODERATED = List.of(PENDING, APPROVED, REJECTED);

}
