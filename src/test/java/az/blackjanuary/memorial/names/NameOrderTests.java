package az.blackjanuary.memorial.names;

import java.util.ArrayList;
import java.util.List;

import az.blackjanuary.memorial.system.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each language's alphabetical order, for names written in it and for Azerbaijani names
 * listed on its pages where it has no spelling of their own. The names are test data.
 */
class NameOrderTests {

	private static final List<String> NAMES = List.of("Zeynal Test", "Əli Test", "Ilqar Test", "Fuad Test",
			"Eldar Test", "Sınaq Test", "Sinan Test", "Sizov Test", "Qasım Test", "Kamal Test", "Алла Тест",
			"Яков Тест");

	@Test
	void azerbaijaniPutsSchwaAfterEAndQAfterK() {
		assertThat(sorted(Language.AZ)).containsExactly("Eldar Test", "Əli Test", "Fuad Test", "Ilqar Test",
				"Kamal Test", "Qasım Test", "Sınaq Test", "Sinan Test", "Sizov Test", "Zeynal Test", "Алла Тест",
				"Яков Тест");
	}

	@Test
	void englishAndRussianListAnAzerbaijaniSchwaBesideEAndNotAfterEveryOtherLetter() {
		List<String> latinFirst = List.of("Eldar Test", "Əli Test", "Fuad Test", "Ilqar Test", "Kamal Test",
				"Qasım Test", "Sinan Test", "Sınaq Test", "Sizov Test", "Zeynal Test", "Алла Тест", "Яков Тест");
		assertThat(sorted(Language.EN)).containsExactlyElementsOf(latinFirst);
		assertThat(sorted(Language.RU)).containsExactlyElementsOf(latinFirst);
	}

	private static List<String> sorted(Language language) {
		List<String> names = new ArrayList<>(NAMES);
		names.sort(NameOrder.of(language));
		return names;
	}

}
