package az.blackjanuary.memorial.names;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Locale;

import az.blackjanuary.memorial.system.Language;

/**
 * The alphabetical order of each language. The JDK knows none for Azerbaijani, whose
 * alphabet puts ç after c, ə after e, ğ after g, x after h, ı before i and q after k: its
 * rules are written here.
 */
final class NameOrder {

	private static final String AZERBAIJANI = "< a,A < b,B < c,C < ç,Ç < d,D < e,E < ə,Ə < f,F < g,G < ğ,Ğ < h,H"
			+ " < x,X < ı,I < i,İ < j,J < k,K < q,Q < l,L < m,M < n,N < o,O < ö,Ö < p,P < r,R < s,S < ş,Ş"
			+ " < t,T < u,U < ü,Ü < v,V < w,W < y,Y < z,Z";

	private NameOrder() {
	}

	static Collator of(Language language) {
		Collator collator = (language == Language.AZ) ? azerbaijani() : Collator.getInstance(language.locale());
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

	private static Collator azerbaijani() {
		try {
			return new RuleBasedCollator(AZERBAIJANI);
		}
		catch (ParseException wrongRules) {
			throw new IllegalStateException(wrongRules);
		}
	}

}
