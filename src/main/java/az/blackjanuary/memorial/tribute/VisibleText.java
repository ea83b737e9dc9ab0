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
 * than line breaks and tabs, bidirectional overrides and isolates (which can make a tribute
 * read backwards), and runs of zero-width characters. A single zero-width joiner stays
 * allowed, since emoji and some scripts need it.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Validator.class)
@interface VisibleText {

	String message() default "{tribute.invisible-characters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<VisibleText, String> {

		private static final Pattern HIDDEN = Pattern.compile(
				"[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\u200E\\u200F]"
						+ "|[\\u200B-\\u200D\\u2060\\uFEFF]{2,}|[\\u200B\\u2060\\uFEFF]");

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			return text == null || !HIDDEN.matcher(text).find();
		}

	}

}
