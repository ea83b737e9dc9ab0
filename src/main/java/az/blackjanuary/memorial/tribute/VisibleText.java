package az.blackjanuary.memorial.tribute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text without characters that hide or disguise what is written: control characters other
 * than line breaks and tabs, bidirectional overrides and isolates (which can make a
 * tribute read backwards), runs of zero-width characters, invisible operators and tag
 * characters (which can carry a hidden text). A single zero-width joiner stays allowed,
 * since emoji and some scripts need it, and so do the tags of the three flags that are
 * made of them (England, Scotland, Wales). Text that shows nothing at all, such as a name
 * made of a blank filler, is refused with a message of its own.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Validator.class)
@interface VisibleText {

	String message() default "{tribute.invisible-characters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<VisibleText, String> {

		private static final Pattern HIDDEN = Pattern
			.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\u200E\\u200F]"
					+ "|[\\u200B-\\u200D\\u2060\\uFEFF]{2,}|[\\u200B\\u2060-\\u2064\\uFEFF]");

		/**
		 * The flags of England, Scotland and Wales: a black flag, the tags "gbeng",
		 * "gbsct", "gbwls" and a cancel tag.
		 */
		private static final Pattern TAGGED_FLAG = Pattern
			.compile("\\x{1F3F4}\\x{E0067}\\x{E0062}(?:\\x{E0065}\\x{E006E}\\x{E0067}|\\x{E0073}\\x{E0063}\\x{E0074}"
					+ "|\\x{E0077}\\x{E006C}\\x{E0073})\\x{E007F}");

		private static final Pattern TAG = Pattern.compile("[\\x{E0000}-\\x{E007F}]");

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			if (text == null) {
				return true;
			}
			if (HIDDEN.matcher(text).find() || TAG.matcher(TAGGED_FLAG.matcher(text).replaceAll("")).find()) {
				return false;
			}
			if (!InvisibleCharacters.anyVisible(text)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{tribute.invisible-only}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
