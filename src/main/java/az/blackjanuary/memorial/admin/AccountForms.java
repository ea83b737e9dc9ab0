package az.blackjanuary.memorial.admin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The forms of the accounts pages; passwords are at least 12 characters long, and BCrypt
 * takes at most 72 bytes.
 */
final class AccountForms {

	static final int MIN_PASSWORD = 12;

	private AccountForms() {
	}

	record NewAccount(
			@NotBlank(message = "{admin.users.username-invalid}") @Pattern(
					regexp = "[a-zA-Z0-9._-]{3," + AdminAccount.USERNAME_LENGTH + "}",
					message = "{admin.users.username-invalid}") String username,
			@NotNull @Size(min = MIN_PASSWORD, message = "{admin.password.too-short}") @FitsBcrypt String password,
			@NotNull AccountRole role) {

		static NewAccount empty() {
			return new NewAccount(null, null, AccountRole.MODERATOR);
		}

	}

	/**
	 * An administrator's new password for another editor; a refusal is shown as a notice
	 * on the list.
	 */
	record PasswordReset(@NotNull(message = "{admin.password.too-short}") @Size(min = MIN_PASSWORD,
			message = "{admin.password.too-short}") @FitsBcrypt String password) {

		/** The message key of the constraint the password broke, for the notice. */
		static String refusal(BindingResult errors) {
			String template = errors.getFieldError("password").unwrap(ConstraintViolation.class).getMessageTemplate();
			return template.substring(1, template.length() - 1);
		}

	}

	record NewPassword(String current,
			@NotNull @Size(min = MIN_PASSWORD, message = "{admin.password.too-short}") @FitsBcrypt String password) {
	}

}
