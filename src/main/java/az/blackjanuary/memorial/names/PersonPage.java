package az.blackjanuary.memorial.names;

import java.util.List;

import az.blackjanuary.memorial.image.Picture;
import az.blackjanuary.memorial.system.Language;

/**
 * A person's own page.
 *
 * @param entry the name and what the register lists
 * @param otherSpellings the name in the other languages it is spelled in, by language
 * @param born the day of birth in words, or null
 * @param about the short text, in the page's language or another, or null
 * @param aboutLanguage the language of the short text
 * @param picture the photograph, or null
 */
record PersonPage(RegisterEntry entry, List<Spelling> otherSpellings, String born, String bornMachine, String about,
		Language aboutLanguage, String source, Picture picture) {

	record Spelling(Language language, String name) {
	}

}
