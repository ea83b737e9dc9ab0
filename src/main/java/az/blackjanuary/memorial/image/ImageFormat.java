package az.blackjanuary.memorial.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the site writes an image as: JPEG, or PNG for an image with transparent parts,
 * which JPEG cannot keep.
 */
enum ImageFormat {

	JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

	private final String extension;

	private final String mediaType;

	ImageFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	static Optional<ImageFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equals(extension)).findFirst();
	}

}
