package az.blackjanuary.memorial.image;

import java.util.List;

import az.blackjanuary.memorial.system.Language;

/**
 * An image as a page shows it, through the fragment {@code image/_picture}: the address
 * of each width, the size that keeps its place on the page before it arrives, and its
 * words in the visitor's language where they exist.
 *
 * @param src the address of a middle width, for browsers that read no {@code srcset}
 * @param srcset every width, as {@code srcset} lists them
 * @param width the widest rendition's width, which with {@code height} gives the shape
 * @param language the language the alternative text and caption are written in
 * @param caption the caption, or null
 * @param credit the credit or source line, or null
 * @param fullSize the address of the widest rendition, that a document's scan links to
 * @param widths every width kept, narrowest first
 */
public record Picture(long id, ImageKind kind, String src, String srcset, int width, int height, String alt,
		Language language, String caption, String credit, String fullSize, List<Integer> widths) {

	public boolean isDocument() {
		return this.kind == ImageKind.DOCUMENT;
	}

	/** The address of one of its widths. */
	public String address(int width) {
		return this.fullSize.replace("-" + this.width + ".", "-" + width + ".");
	}

}
