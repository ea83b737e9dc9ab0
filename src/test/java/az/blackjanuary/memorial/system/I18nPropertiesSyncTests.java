package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface string exists in every language the site speaks, and none is empty: the
 * default language's file is {@code messages.properties}, each other's
 * {@code messages_<code>}.
 */
class I18nPropertiesSyncTests {

	@Test
	void everyKeyExistsInEveryLanguage() throws IOException {
		Properties azerbaijani = load(file(Language.DEFAULT));
		for (Language language : Language.values()) {
			String file = file(language);
			Properties other = load(file);
			Set<String> missing = new TreeSet<>(azerbaijani.stringPropertyNames());
			missing.removeAll(other.stringPropertyNames());
			Set<String> extra = new TreeSet<>(other.stringPropertyNames());
			extra.removeAll(azerbaijani.stringPropertyNames());
			assertThat(missing).as("keys missing from %s", file).isEmpty();
			assertThat(extra).as("keys only in %s", file).isEmpty();
			other.stringPropertyNames()
				.forEach((key) -> assertThat(other.getProperty(key)).as("%s in %s", key, file).isNotBlank());
		}
	}

	@Test
	void translationsAreNotLeftInEnglish() throws IOException {
		Properties english = load(file(Language.EN));
		for (Language language : Language.values()) {
			if (language == Language.EN) {
				continue;
			}
			String file = file(language);
			Properties other = load(file);
			Set<String> untranslated = new TreeSet<>();
			for (String key : english.stringPropertyNames()) {
				// Each language's name is written in that language, the same in every
				// file.
				boolean languageName = key.startsWith("lang.");
				if (!languageName && english.getProperty(key).equals(other.getProperty(key))) {
					untranslated.add(key);
				}
			}
			assertThat(untranslated).as("keys still in English in %s", file).isEmpty();
		}
	}

	/**
	 * What is said of each language (its name, a text only in it, a translation from it)
	 * is there for all.
	 */
	@Test
	void everyLanguageIsNamedInEveryFile() throws IOException {
		for (Language language : Language.values()) {
			Properties messages = load(file(language));
			for (Language named : Language.values()) {
				for (String prefix : new String[] { "lang.", "content.only-in.", "content.translated-from." }) {
					assertThat(messages.getProperty(prefix + named.code()))
						.as("%s%s in %s", prefix, named.code(), file(language))
						.isNotBlank();
				}
			}
		}
	}

	private static String file(Language language) {
		return (language == Language.DEFAULT) ? "messages.properties" : "messages_" + language.code() + ".properties";
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/messages/" + file)) {
			assertThat(in).as(file).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
