package az.blackjanuary.memorial.names;

import az.blackjanuary.memorial.system.Language;

/**
 * A link to a published person's page, for the pages that name them.
 *
 * @param name the name as spelled in the reader's language, else in Azerbaijani
 * @param language the language the name is spelled in
 */
public record PersonLink(String slug, String name, Language language) {
}
