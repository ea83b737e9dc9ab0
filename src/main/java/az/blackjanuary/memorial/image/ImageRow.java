package az.blackjanuary.memorial.image;

/** An image in the editors' list: a small view of it and what it is. */
record ImageRow(long id, Picture picture, String thumbnail, int width, int height) {
}
