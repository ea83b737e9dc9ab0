package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.Language;

/**
 * A person of the register a tribute is left in memory of.
 *
 * @param name the name as spelled in the reader's language, else in Azerbaijani
 * @param nameLanguage the language the name is spelled in
 */
public record RememberedPerson(long id, String slug, String name, Language nameLanguage) {
}
