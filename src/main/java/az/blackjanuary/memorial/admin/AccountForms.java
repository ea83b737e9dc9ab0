package az.blackjanuary.memorial.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the accounts pages; passwords are at least 12 characters long. */
final class AccountForms {

	static final int MIN_PASSWORD = 12;

	private AccountForms() {
	}

	record NewAccount(
			@NotBlank(message = "{admin.users.username-invalid}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}",
					message = "{admin.users.username-invalid}") String username,
			@NotNull @Size(min = MIN_PASSWORD, max = 200, message = "{admin.password.too-short}") String password,
			@NotNull AccountRole role) {

		static NewAccount empty() {
			return new NewAccount(null, null, AccountRole.MODERATOR);
		}

	}

	record NewPassword(String current,
			@NotNull @Size(min = MIN_PASSWORD, max = 200, message = "{admin.password.too-short}") String password) {
	}

}
