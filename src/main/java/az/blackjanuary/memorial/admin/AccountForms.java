package az.blackjanuary.memorial.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the accounts pages; passwords are at least 12 characters long, and BCrypt takes at most 72 bytes. */
final class AccountForms {

	static final int MIN_PASSWORD = 12;

	private AccountForms() {
	}

	/** Why a new password cannot be taken, as a message key, or null when it can. */
	static String refusalOf(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			return "admin.password.too-short";
		}
		return FitsBcrypt.Check.fits(password) ? null : "admin.password.too-long";
	}

	record NewAccount(
			@NotBlank(message = "{admin.users.username-invalid}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}",
					message = "{admin.users.username-invalid}") String username,
			@NotNull @Size(min = MIN_PASSWORD, message = "{admin.password.too-short}") @FitsBcrypt String password,
			@NotNull AccountRole role) {

		static NewAccount empty() {
			return new NewAccount(null, null, AccountRole.MODERATOR);
		}

	}

	record NewPassword(String current,
			@NotNull @Size(min = MIN_PASSWORD, message = "{admin.password.too-short}") @FitsBcrypt String password) {
	}

}
