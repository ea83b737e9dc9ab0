package az.blackjanuary.memorial.admin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import az.blackjanuary.memorial.system.SettableClock;
import az.blackjanuary.memorial.system.SettableClockConfig;
import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out over real HTTP, and the lock after repeated failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClockConfig.class)
class SignInTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AdminAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private AccountService accountService;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theFirstAdministratorIsCreatedWithTheConfiguredPasswordStoredAsABcryptHash() throws Exception {
		AdminAccount admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.role()).isEqualTo(AccountRole.ADMIN);
		assertThat(admin.passwordHash()).startsWith("$2").doesNotContain("first-admin-password");
		HttpResponse<String> signedIn = signIn(new SiteClient(this.port), "admin", "first-admin-password");
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
	}

	@Test
	void anEditorSignsInSeesTheAdminAreaAndSignsOut() throws Exception {
		account("leyla", AccountRole.ADMIN);
		SiteClient editor = new SiteClient(this.port);
		assertThat(signIn(editor, "leyla", "leylas-long-password").statusCode()).isEqualTo(302);
		assertThat(editor.get("/admin?lang=en").body()).contains("Editors").contains("leyla");

		HttpResponse<String> signedOut = editor.submit("/admin", "/logout", Map.of());
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?signedOut"));
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
		assertThat(audited("leyla")).contains("SIGNED_IN", "SIGNED_OUT");
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
		account("farid", AccountRole.MODERATOR);
		SiteClient editor = new SiteClient(this.port);
		HttpResponse<String> refused = signIn(editor, "farid", "not-his-password");
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		assertThat(editor.get("/login?error&lang=en").body()).contains("Wrong username or password.");
		assertThat(audited("farid")).contains("SIGN_IN_FAILED");
	}

	@Test
	void fiveFailedSignInsLockTheAccountForFifteenMinutes() throws Exception {
		account("nigar", AccountRole.MODERATOR);
		SiteClient guesser = new SiteClient(this.port);
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(guesser, "nigar", "guess-" + i).headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		}
		// The attempt that locks the account already says so.
		assertThat(signIn(guesser, "nigar", "guess-4").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?locked"));
		assertThat(this.accounts.findByUsername("nigar").orElseThrow().lockedUntil())
			.isEqualTo(this.clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(audited("nigar")).contains("ACCOUNT_LOCKED");

		// Even the right password is refused while the lock holds, and the page says why.
		SiteClient owner = new SiteClient(this.port);
		HttpResponse<String> locked = signIn(owner, "nigar", "nigars-long-password");
		assertThat(locked.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?locked"));
		assertThat(owner.get("/login?locked&lang=en").body()).contains("locked for 15 minutes");

		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(16)));
		HttpResponse<String> later = signIn(owner, "nigar", "nigars-long-password");
		assertThat(later.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		AdminAccount account = account("rashad", AccountRole.ADMIN);
		account.enable(false);
		this.accounts.save(account);
		HttpResponse<String> refused = signIn(new SiteClient(this.port), "rashad", "rashads-long-password");
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
	}

	@Test
	void disablingAnAccountOrResettingItsPasswordEndsTheSessionsOpenedBefore() throws Exception {
		AdminAccount disabled = account("kamran", AccountRole.MODERATOR);
		AdminAccount reset = account("sabina", AccountRole.MODERATOR);
		SiteClient kamran = new SiteClient(this.port);
		SiteClient sabina = new SiteClient(this.port);
		signIn(kamran, "kamran", "kamrans-long-password");
		signIn(sabina, "sabina", "sabinas-long-password");
		assertThat(kamran.get("/admin/tributes").statusCode()).isEqualTo(200);
		assertThat(sabina.get("/admin/tributes").statusCode()).isEqualTo(200);

		this.accountService.enable(disabled.id(), false, "admin");
		this.accountService.resetPassword(reset.id(), "a-new-password-from-the-admin", "admin");

		HttpResponse<String> ended = kamran.submit("/login", "/admin/tributes", Map.of("decision", "APPROVED", "id", "1"));
		assertThat(ended.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?ended"));
		assertThat(kamran.get("/admin/tributes").statusCode()).isEqualTo(302);
		assertThat(sabina.get("/admin/tributes").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?ended"));
		assertThat(sabina.get("/login?ended&lang=en").body()).contains("Your session has ended");
	}

	@Test
	void editorsWhoChangeTheirOwnPasswordStaySignedIn() throws Exception {
		account("elnur", AccountRole.MODERATOR);
		SiteClient elnur = new SiteClient(this.port);
		signIn(elnur, "elnur", "elnurs-long-password");
		HttpResponse<String> changed = elnur.submit("/admin/account/password", "/admin/account/password",
				Map.of("current", "elnurs-long-password", "password", "elnurs-newer-password"));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(elnur.get("/admin/tributes").statusCode()).isEqualTo(200);
	}

	private AdminAccount account(String username, AccountRole role) {
		return this.accounts.save(new AdminAccount(username, this.passwords.encode(username + "s-long-password"), role,
				Instant.now()));
	}

	private static HttpResponse<String> signIn(SiteClient client, String username, String password) throws Exception {
		return client.submit("/login", "/login", Map.of("username", username, "password", password));
	}

	private java.util.List<String> audited(String actor) {
		return this.jdbc.queryForList("select action from audit_entry where actor = ?", String.class, actor);
	}

}
