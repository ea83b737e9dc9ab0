package az.blackjanuary.memorial.image;

/** An image as an editor picks it from a list: its number and its alternative text. */
public record ImageOption(long id, String label) {
}
