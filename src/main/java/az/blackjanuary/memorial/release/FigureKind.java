package az.blackjanuary.memorial.release;

/** The figures a release may state, in the order they are shown. */
public enum FigureKind {

	KILLED, WOUNDED, DETAINED

}
