package az.blackjanuary.memorial.tribute;

/** Where a tribute stands in moderation; only approved tributes are ever shown. */
public enum TributeStatus {

	PENDING, APPROVED, REJECTED

}
