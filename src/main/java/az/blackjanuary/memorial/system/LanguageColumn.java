package az.blackjanuary.memorial.system;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Language} as its lower-case code ({@code az}, {@code en}, {@code ru}).
 */
@Converter(autoApply = true)
public class LanguageColumn implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language language) {
		return (language != null) ? language.code() : null;
	}

	@Override
	public Language convertToEntityAttribute(String code) {
		return (code != null)
				? Language.fromCode(code)
					.orElseThrow(() -> new IllegalStateException("Unknown language code in the database: " + code))
				: null;
	}

}
