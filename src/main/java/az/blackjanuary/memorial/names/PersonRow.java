package az.blackjanuary.memorial.names;

/** An entry in the editors' list. */
record PersonRow(long id, String reference, String name, String died, PersonState state) {
}
