package az.blackjanuary.memorial.tribute;

import java.time.LocalDate;

import az.blackjanuary.memorial.system.Language;

/**
 * An approved tribute as the wall shows it.
 *
 * @param name the author's name, or null for an anonymous tribute
 * @param language the language the tribute was written from
 * @param remembers the person of the register it is left in memory of, where the page
 * names them (null on that person's own page, or when the entry is no longer published)
 */
public record TributeView(long id, String name, String place, String message, Language language, LocalDate postedOn,
		RememberedPerson remembers) {
}
