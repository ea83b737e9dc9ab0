package az.blackjanuary.memorial.tribute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the search folds what it compares: the tribute's side and the visitor's alike. */
class SearchTextTests {

	@Test
	void theDottedAndDotlessIOfEveryCaseAreOneLetter() {
		assertThat(SearchText.fold("UNUTMARIQ")).isEqualTo(SearchText.fold("unutmarıq")).isEqualTo("unutmariq");
		assertThat(SearchText.fold("İLHAM İlham ilham Ilham")).isEqualTo("ilham ilham ilham ilham");
	}

	@Test
	void punctuationSymbolsAndSpacesBecomeOneSpaceAndLettersOfEveryScriptStay() {
		assertThat(SearchText.fold("  Bakı,  20-ci  Yanvar!  🕯️ ")).isEqualTo("baki 20 ci yanvar");
		assertThat(SearchText.fold("Вечная ПАМЯТЬ, Чёрный январь")).isEqualTo("вечная память черный январь");
		assertThat(SearchText.fold("ＡＢＣ")).isEqualTo("abc");
		assertThat(SearchText.fold("% _ \\ |")).isEmpty();
	}

	@Test
	void theNameIsSearchedOnlyWhenItsAuthorSignedInFull() {
		assertThat(SearchText.of("Allah rəhmət eləsin", "Sumqayıt", "Leyla Həsənova", NameShown.FULL))
			.isEqualTo(" allah rəhmət eləsin | sumqayit | leyla həsənova ");
		assertThat(SearchText.of("Allah rəhmət eləsin", null, "Leyla Həsənova", NameShown.INITIALS))
			.isEqualTo(" allah rəhmət eləsin |  |  ");
	}

	@Test
	void theWordIndexHoldsEachDifferentWordOnceAndLongWordsByTheirBeginning() {
		String longWord = "a".repeat(WallWords.WORD_LENGTH + 10);
		assertThat(WallWords.indexed(SearchText.of("bir iki bir " + longWord, "iki", null, NameShown.FULL)))
			.containsExactly("bir", "iki", "a".repeat(WallWords.WORD_LENGTH));
	}

}
