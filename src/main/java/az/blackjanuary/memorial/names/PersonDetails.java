package az.blackjanuary.memorial.names;

import java.util.EnumMap;
import java.util.Map;

import az.blackjanuary.memorial.system.Language;

/**
 * What an entry of the register says, however it came (an editor's form, a row of a CSV
 * file): two equal details mean an unchanged entry.
 *
 * @param reference the entry's stable identifier
 * @param texts the name and short text by language; Azerbaijani always among them
 */
record PersonDetails(String reference, Map<Language, PersonText> texts, LifeDate born, LifeDate died, Integer age,
		String place, String source, PersonState state) {

	PersonDetails {
		texts = new EnumMap<>(texts.isEmpty() ? Map.of() : texts);
	}

	/** The name as written in Azerbaijani: every entry has it. */
	String azerbaijaniName() {
		return this.texts.get(Language.AZ).fullName();
	}

}
