package az.blackjanuary.memorial.tribute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Marks tributes that deserve a closer look: those with links or with a word from the
 * list. It reads the text as a person sees it, so that a soft hyphen, a fullwidth dot or
 * an invisible character inside a link does not hide it (the tribute itself is stored as
 * it was written).
 */
@Component
class TributeScreening {

	private static final Pattern LINK = Pattern.compile(
			"(?i)(https?://|www\\.|\\b[\\p{L}0-9-]+\\.(com|net|org|info|biz|ru|az|io|xyz|top|site|online|click|link)\\b)");

	private final List<String> heldWords;

	TributeScreening(TributeProperties properties) {
		this.heldWords = properties.heldWords()
			.stream()
			.map((word) -> InvisibleCharacters.asRead(word).toLowerCase(Locale.ROOT))
			.toList();
	}

	Optional<TributeFlag> flagOf(TributeForm form) {
		String text = InvisibleCharacters
			.asRead(String.join(" ", nonNull(form.getName()), nonNull(form.getPlace()), form.getMessage()));
		if (LINK.matcher(text).find()) {
			return Optional.of(TributeFlag.LINK);
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return this.heldWords.stream().anyMatch(lower::contains) ? Optional.of(TributeFlag.HELD_WORD)
				: Optional.empty();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
