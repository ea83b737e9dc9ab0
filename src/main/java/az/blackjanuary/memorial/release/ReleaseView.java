package az.blackjanuary.memorial.release;

import java.util.List;

/**
 * A published release as a page shows it: its summary, the sanitised HTML body and its
 * figures.
 */
public record ReleaseView(ReleaseSummary summary, String bodyHtml, List<StatedFigure> figures) {

	/** A figure as the release states it; the release is its source. */
	public record StatedFigure(FigureKind kind, int value) {
	}

}
