package az.blackjanuary.memorial.release;

/**
 * Whether anything on the site names a release as its source, so that such a release is
 * never deleted. The features that cite releases answer it; the release feature reads
 * none of their tables.
 */
public interface ReleaseCitations {

	/** Whether a source names the release, hidden ones too. */
	boolean isCited(long releaseId);

}
