package az.blackjanuary.memorial.release;

/** A release an editor can cite as the source of a timeline event. */
public record ReleaseOption(long id, String label) {
}
