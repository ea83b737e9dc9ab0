package az.blackjanuary.memorial.names;

/** Where an entry of the register stands: only a published one is seen by visitors. */
enum PersonState {

	/** Being written or checked: editors only. */
	DRAFT,
	/** In the register. */
	PUBLISHED,
	/** Taken out of the register, kept for the editors. */
	HIDDEN

}
