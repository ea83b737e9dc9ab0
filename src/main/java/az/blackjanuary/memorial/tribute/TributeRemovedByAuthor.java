package az.blackjanuary.memorial.tribute;

/**
 * The page of a tribute its author removed: gone for good, which visitors are told
 * calmly.
 */
class TributeRemovedByAuthor extends RuntimeException {

	TributeRemovedByAuthor(long id) {
		super("Tribute " + id + " was removed by its author");
	}

}
