package az.blackjanuary.memorial.image;

import java.util.List;

/**
 * An upload as the site keeps it: written again at each width, narrowest first.
 *
 * @param contentHash the start of the SHA-256 of the widest rendition, in every address
 * of the image
 */
record ResizedImage(String contentHash, ImageFormat format, List<Rendition> renditions) {

	Rendition widest() {
		return this.renditions.get(this.renditions.size() - 1);
	}

	/** One width of an image, encoded. */
	record Rendition(int width, int height, byte[] bytes) {
	}

}
