package az.blackjanuary.memorial.names;

import az.blackjanuary.memorial.system.Language;

/**
 * A person as the register lists them.
 *
 * @param name the name as spelled in the page's language, else in Azerbaijani
 * @param nameLanguage the language the name is spelled in
 * @param died the day of death in words, or null when it is not known
 * @param diedMachine the same as a {@code time} element's value, or null
 * @param imageId the photograph an editor chose, or null
 */
record RegisterEntry(long id, String slug, String name, Language nameLanguage, String died, String diedMachine,
		Integer age, String place, Long imageId) {
}
