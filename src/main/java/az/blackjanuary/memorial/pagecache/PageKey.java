package az.blackjanuary.memorial.pagecache;

import az.blackjanuary.memorial.system.Language;

/**
 * What makes two requests see the same page: the path, the wall's cursor, the language
 * shown and whether the language was asked for in the address (the canonical link says
 * so).
 */
record PageKey(String path, String cursor, Language language, boolean languageInAddress) {
}
