package az.blackjanuary.memorial.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password BCrypt can hash: at most 72 bytes of UTF-8. That is 72 Latin letters, but
 * only 36 letters such as ə, ş or Cyrillic ones, so the limit is counted in bytes, not
 * characters.
 */
@Documented
@Constraint(validatedBy = FitsBcrypt.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface FitsBcrypt {

	int MAX_BYTES = 72;

	String message() default "{admin.password.too-long}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<FitsBcrypt, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

	}

}
