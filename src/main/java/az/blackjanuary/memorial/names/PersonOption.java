package az.blackjanuary.memorial.names;

/** An entry of the register to choose in an editor's form, drafts too. */
public record PersonOption(long id, String label) {
}
