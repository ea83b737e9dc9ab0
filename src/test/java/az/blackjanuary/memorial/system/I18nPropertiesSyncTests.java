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

/** Every interface string exists in Azerbaijani, English and Russian, and none is empty. */
class I18nPropertiesSyncTests {

	private static final String[] FILES = { "messages.properties", "messages_en.properties",
			"messages_ru.properties" };

	@Test
	void everyKeyExistsInEveryLanguage() throws IOException {
		Properties azerbaijani = load(FILES[0]);
		for (String file : FILES) {
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
		Properties english = load("messages_en.properties");
		for (String file : new String[] { FILES[0], FILES[2] }) {
			Properties other = load(file);
			Set<String> untranslated = new TreeSet<>();
			for (String key : english.stringPropertyNames()) {
				boolean languageName = key.startsWith("lang.");
				// A date pattern is shared by languages that write dates alike ("20 yanvar 2022", "20 January 2022").
				boolean datePattern = key.startsWith("date.pattern.");
				if (!languageName && !datePattern && english.getProperty(key).equals(other.getProperty(key))) {
					untranslated.add(key);
				}
			}
			assertThat(untranslated).as("keys still in English in %s", file).isEmpty();
		}
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
