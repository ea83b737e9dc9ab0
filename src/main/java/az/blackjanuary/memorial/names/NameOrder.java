package az.blackjanuary.memorial.names;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Locale;

import az.blackjanuary.memorial.system.Language;

/**
 * The alphabetical order of each language. The JDK knows none for Azerbaijani, whose
 * alphabet puts ç after c, ə after e, ğ after g, x after h, ı before i and q after k: its
 * rules are written here. English and Russian pages list a name in Azerbaijani where the
 * editors gave no spelling of their own, so their orders learn two Azerbaijani letters
 * the JDK would put after every other: ə after e (Əliyev beside Eldarov, not after
 * Zeynalov or after Cyrillic), and ı as a kind of i (Sınaq between Sinan and Sizov).
 */
final class NameOrder {

	private static final String AZERBAIJANI = "< a,A < b,B < c,C < ç,Ç < d,D < e,E < ə,Ə < f,F < g,G < ğ,Ğ < h,H"
			+ " < x,X < ı,I < i,İ < j,J < k,K < q,Q < l,L < m,M < n,N < o,O < ö,Ö < p,P < r,R < s,S < ş,Ş"
			+ " < t,T < u,U < ü,Ü < v,V < w,W < y,Y < z,Z";

	private static final String AZERBAIJANI_IN_OTHERS = "& E < ə, Ə & i ; ı";

	private NameOrder() {
	}

	static Collator of(Language language) {
		Collator collator = (language == Language.AZ) ? rules(AZERBAIJANI) : rules(
				((RuleBasedCollator) Collator.getInstance(language.locale())).getRules() + AZERBAIJANI_IN_OTHERS);
		collator.setStrength(Collator.TERTIARY);
		collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
		return collator;
	}

	/**
	 * The letter a name is listed under in the index: its first letter, as a capital of
	 * its language (i → İ in Azerbaijani).
	 */
	static String letterOf(String name, Language language) {
		String first = name.strip().substring(0, name.strip().offsetByCodePoints(0, 1));
		Locale locale = (language == Language.AZ) ? Locale.forLanguageTag("az") : language.locale();
		return first.toUpperCase(locale);
	}

	private static Collator rules(String rules) {
		try {
			return new RuleBasedCollator(rules);
		}
		catch (ParseException wrongRules) {
			throw new IllegalStateException(wrongRules);
		}
	}

}
