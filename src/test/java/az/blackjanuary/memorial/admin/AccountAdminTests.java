package az.blackjanuary.memorial.admin;

import java.util.List;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Administrators manage the editors' accounts; every editor changes their own password.
 */
@MemorialSiteTest
class AccountAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AdminAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAdministratorAddsAModerator() {
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.param("username", "aysel")
			.param("password", "a-long-password-1")
			.param("role", "MODERATOR")
			.with(administrator())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		AdminAccount aysel = this.accounts.findByUsername("aysel").orElseThrow();
		assertThat(aysel.role()).isEqualTo(AccountRole.MODERATOR);
		assertThat(this.passwords.matches("a-long-password-1", aysel.passwordHash())).isTrue();
		assertThat(this.mvc.get().uri("/admin/users").with(administrator())).bodyText().contains("aysel");
		assertThat(audit("boss")).contains("USER_CREATED");
	}

	@Test
	void aTakenUsernameOrAShortPasswordIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/admin/users?lang=en")
			.param("username", "admin")
			.param("password", "a-long-password-1")
			.param("role", "ADMIN")
			.with(administrator())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("This username is taken.");
		assertThat(this.mvc.post()
			.uri("/admin/users?lang=en")
			.param("username", "short")
			.param("password", "short")
			.param("role", "ADMIN")
			.with(administrator())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("A password needs at least 12 characters.");
		assertThat(this.accounts.findByUsername("short")).isEmpty();
	}

	@Test
	void anAuditPageFarPastTheEndIsEmptyNotAnError() {
		assertThat(this.mvc.get().uri("/admin/audit?page=2147483647").with(administrator())).hasStatusOk();
	}

	@Test
	void aPasswordLongerThanBcryptTakesIsRefusedWithAMessageNotAnError() {
		String eightyBytes = "ş".repeat(40);
		assertThat(this.mvc.post()
			.uri("/admin/users?lang=en")
			.param("username", "nargiz")
			.param("password", eightyBytes)
			.param("role", "MODERATOR")
			.with(administrator())
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("A password can be at most 72 bytes long");
		assertThat(this.accounts.findByUsername("nargiz")).isEmpty();

		AdminAccount rufat = this.accounts.save(new AdminAccount("rufat", this.passwords.encode("old-password-123"),
				AccountRole.MODERATOR, java.time.Instant.now()));
		assertThat(this.mvc.post()
			.uri("/admin/users/" + rufat.id() + "/password")
			.param("password", eightyBytes)
			.with(administrator())
			.with(csrf())).flash().containsEntry("refusal", "admin.password.too-long");
		assertThat(this.mvc.post()
			.uri("/admin/users/" + rufat.id() + "/password")
			.param("password", "ş".repeat(36))
			.with(administrator())
			.with(csrf())).flash().containsEntry("notice", "admin.users.notice.reset");
		assertThat(
				this.passwords.matches("ş".repeat(36), this.accounts.findById(rufat.id()).orElseThrow().passwordHash()))
			.isTrue();
	}

	@Test
	void anAdministratorResetsAPasswordAndDisablesAnAccountButNotTheirOwn() {
		AdminAccount kamran = this.accounts.save(new AdminAccount("kamran", this.passwords.encode("old-password-123"),
				AccountRole.MODERATOR, java.time.Instant.now()));
		this.mvc.post()
			.uri("/admin/users/" + kamran.id() + "/password")
			.param("password", "new-password-456")
			.with(administrator())
			.with(csrf())
			.exchange();
		assertThat(this.passwords.matches("new-password-456",
				this.accounts.findById(kamran.id()).orElseThrow().passwordHash()))
			.isTrue();

		this.mvc.post()
			.uri("/admin/users/" + kamran.id() + "/enabled")
			.param("enabled", "false")
			.with(administrator())
			.with(csrf())
			.exchange();
		assertThat(this.accounts.findById(kamran.id()).orElseThrow().enabled()).isFalse();

		AdminAccount admin = this.accounts.findByUsername("admin").orElseThrow();
		String adminsHash = admin.passwordHash();
		assertThat(this.mvc.post()
			.uri("/admin/users/" + admin.id() + "/password")
			.param("password", "a-new-password-789")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).flash().containsEntry("refusal", "admin.users.own-password");
		assertThat(this.accounts.findById(admin.id()).orElseThrow().passwordHash()).isEqualTo(adminsHash);
		assertThat(this.mvc.post()
			.uri("/admin/users/" + admin.id() + "/enabled")
			.param("enabled", "false")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).flash().containsEntry("refusal", "admin.users.not-yourself");
		assertThat(this.accounts.findById(admin.id()).orElseThrow().enabled()).isTrue();
		assertThat(audit("boss")).contains("USER_PASSWORD_RESET", "USER_DISABLED");
	}

	@Test
	void anEditorChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
		this.accounts.save(new AdminAccount("sevda", this.passwords.encode("sevdas-password-1"), AccountRole.MODERATOR,
				java.time.Instant.now()));
		assertThat(this.mvc.post()
			.uri("/admin/account/password?lang=en")
			.param("current", "wrong-password-00")
			.param("password", "sevdas-password-2")
			.with(user("sevda").roles("MODERATOR"))
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("This is not your current password.");
		assertThat(this.mvc.post()
			.uri("/admin/account/password")
			.param("current", "sevdas-password-1")
			.param("password", "sevdas-password-2")
			.with(user("sevda").roles("MODERATOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.passwords.matches("sevdas-password-2",
				this.accounts.findByUsername("sevda").orElseThrow().passwordHash()))
			.isTrue();
		assertThat(audit("sevda")).contains("PASSWORD_CHANGED");
	}

	private static RequestPostProcessor administrator() {
		return user("boss").roles("ADMIN");
	}

	private List<String> audit(String actor) {
		return this.jdbc.queryForList("select action from audit_entry where actor = ?", String.class, actor);
	}

}
