package az.blackjanuary.memorial.tribute;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a name shows on the wall, as its author chose. */
class NameShownTests {

	private static final Locale AZ = Locale.forLanguageTag("az");

	@Test
	void initialsFollowTheLanguageOfTheTribute() {
		assertThat(NameShown.INITIALS.apply("Aysel Məmmədova", AZ)).isEqualTo("A. M.");
		assertThat(NameShown.INITIALS.apply("ilham  əliyev", AZ)).isEqualTo("İ. Ə.");
		assertThat(NameShown.INITIALS.apply("ilham", Locale.ENGLISH)).isEqualTo("I.");
		assertThat(NameShown.INITIALS.apply("иван петров", Locale.forLanguageTag("ru"))).isEqualTo("И. П.");
		assertThat(NameShown.INITIALS.apply("«Leyla» (Bakı)", AZ)).isEqualTo("L. B.");
	}

	@Test
	void patronymicMarkersAreNotInitials() {
		assertThat(NameShown.INITIALS.apply("Rəşad Əli oğlu Hüseynov", AZ)).isEqualTo("R. Ə. H.");
		assertThat(NameShown.INITIALS.apply("Leyla Vaqif qızı Əliyeva", AZ)).isEqualTo("L. V. Ə.");
		assertThat(NameShown.INITIALS.apply("RƏŞAD ƏLİ OĞLU HÜSEYNOV", AZ)).isEqualTo("R. Ə. H.");
		assertThat(NameShown.INITIALS.apply("Рашад Али оглы Гусейнов", Locale.forLanguageTag("ru")))
			.isEqualTo("Р. А. Г.");
		assertThat(NameShown.INITIALS.apply("Лейла Вагиф кызы Алиева", Locale.forLanguageTag("ru")))
			.isEqualTo("Л. В. А.");
		assertThat(NameShown.INITIALS.apply("Rashad Ali oglu Huseynov", Locale.ENGLISH)).isEqualTo("R. A. H.");
	}

	@Test
	void aNameWithoutLettersOrAnAnonymousChoiceShowsNoName() {
		assertThat(NameShown.INITIALS.apply("🌹 🌹", AZ)).isNull();
		assertThat(NameShown.ANONYMOUS.apply("Aysel Məmmədova", AZ)).isNull();
		assertThat(NameShown.FULL.apply(null, AZ)).isNull();
		assertThat(NameShown.FULL.apply("Aysel Məmmədova", AZ)).isEqualTo("Aysel Məmmədova");
	}

}
