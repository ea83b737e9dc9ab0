package az.blackjanuary.memorial.image;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A picture as the JSON API gives it, inside the release or the event it is shown with.
 *
 * @param kind {@code photo}, or {@code document} for a scan meant to be read at full size
 * @param alt the alternative text: what the image shows, for those who cannot see it
 * @param language the language of the alternative text and the caption
 * @param width the width of the largest file, which with {@code height} gives the shape
 * @param files every width kept, narrowest first; each address never changes its bytes
 */
public record ImageJson(String kind, String alt, String language, @Schema(nullable = true) String caption,
		@Schema(nullable = true) String credit, int width, int height, List<ImageFile> files) {

	/** The picture for the API, its addresses made absolute with the site's address. */
	public static ImageJson of(Picture picture, String siteUrl) {
		return new ImageJson(picture.kind().name().toLowerCase(java.util.Locale.ROOT), picture.alt(),
				picture.language().code(), picture.caption(), picture.credit(), picture.width(), picture.height(),
				picture.widths()
					.stream()
					.map((width) -> new ImageFile(width, siteUrl + picture.address(width)))
					.toList());
	}

	/** One width of the image and its address. */
	public record ImageFile(int width, String url) {
	}

}
