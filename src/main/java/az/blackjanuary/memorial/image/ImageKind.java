package az.blackjanuary.memorial.image;

/**
 * What an image shows: a photograph, or a document whose scan a reader may want to open
 * at full size to read it.
 */
public enum ImageKind {

	PHOTO, DOCUMENT

}
