package az.blackjanuary.memorial.release;

import java.util.List;

import az.blackjanuary.memorial.image.Picture;

/**
 * A published release as a page shows it: its summary, the sanitised HTML body, its
 * figures and its picture (null when it has none).
 */
public record ReleaseView(ReleaseSummary summary, String bodyHtml, List<StatedFigure> figures, Picture picture) {

	/** A figure as the release states it; the release is its source. */
	public record StatedFigure(FigureKind kind, int value) {
	}

}
