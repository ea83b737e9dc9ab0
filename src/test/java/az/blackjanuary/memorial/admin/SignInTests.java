package az.blackjanuary.memorial.admin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import az.blackjanuary.memorial.system.SettableClock;
import az.blackjanuary.memorial.system.SettableClockConfig;
import az.blackjanuary.memorial.system.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out over real HTTP; failures held back per name and client. The site
 * believes X-Forwarded-For from this machine here, so that a test can sign in from
 * several clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClockConfig.class)
@TestPropertySource(
		properties = { "memorial.rate-limit.trusted-proxies=127.0.0.1", "memorial.admin.first-retry-delay=1s" })
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
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
	}

	@Test
	void anEditorSignsInSeesTheAdminAreaAndSignsOut() throws Exception {
		account("leyla", AccountRole.ADMIN);
		SiteClient editor = new SiteClient(this.port);
		assertThat(signIn(editor, "leyla", "leylas-long-password").statusCode()).isEqualTo(302);
		assertThat(editor.get("/admin?lang=en").body()).contains("Editors").contains("leyla");

		HttpResponse<String> signedOut = editor.submit("/admin", "/logout", Map.of());
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?signedOut"));
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
		assertThat(audited("leyla")).contains("SIGNED_IN", "SIGNED_OUT");
	}

	@Test
	void aWrongPasswordShowsTheSignInPageAgainWithTheUsernameKept() throws Exception {
		account("farid", AccountRole.MODERATOR);
		SiteClient editor = new SiteClient(this.port);
		HttpResponse<String> refused = editor.submit("/login?lang=en", "/login",
				Map.of("username", "farid", "password", "not-his-password"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Wrong username or password.")
			.contains("name=\"username\" value=\"farid\"")
			.doesNotContain("not-his-password");
		assertThat(audited("farid")).contains("SIGN_IN_FAILED");
		assertThat(this.jdbc.queryForObject(
				"select client_address from audit_entry where actor = 'farid' and action = 'SIGN_IN_FAILED'",
				String.class))
			.isEqualTo("127.0.0.1");
	}

	@Test
	void anUnknownUsernameIsAnsweredExactlyLikeAKnownOneUpToTheLock() throws Exception {
		account("gunel", AccountRole.MODERATOR);
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> known = signInFrom(new SiteClient(this.port), "198.51.100.21", "gunel", "guess-" + i);
			HttpResponse<String> unknown = signInFrom(new SiteClient(this.port), "198.51.100.21", "nobody-here",
					"guess-" + i);
			assertThat(unknown.statusCode()).as("attempt %d", i).isEqualTo(known.statusCode());
			assertThat(message(unknown.body())).as("attempt %d", i).isEqualTo(message(known.body()));
			this.clock.set(this.clock.instant().plusSeconds(60));
		}
		HttpResponse<String> lockedKnown = signInFrom(new SiteClient(this.port), "198.51.100.21", "gunel", "guess-5");
		assertThat(lockedKnown.statusCode()).isEqualTo(429);
		assertThat(message(lockedKnown.body())).isEqualTo(
				message(signInFrom(new SiteClient(this.port), "198.51.100.21", "nobody-here", "guess-5").body()));
	}

	@Test
	void fiveFailuresLockOutTheGuessingClientButNeverTheOwnerElsewhere() throws Exception {
		account("nigar", AccountRole.MODERATOR);
		SiteClient guesser = new SiteClient(this.port);
		for (int i = 0; i < 4; i++) {
			assertThat(signInFrom(guesser, "203.0.113.9", "nigar", "guess-" + i).statusCode()).isEqualTo(401);
			this.clock.set(this.clock.instant().plusSeconds(60));
		}
		// The attempt that locks the client out already says so, and for how long.
		HttpResponse<String> locked = signInFrom(guesser, "203.0.113.9", "nigar", "guess-4");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(locked.body()).contains("paused for 15 min").contains("value=\"nigar\"");
		assertThat(this.jdbc.queryForList(
				"select client_address from audit_entry where actor = 'nigar' and action = 'CLIENT_LOCKED_OUT'",
				String.class))
			.containsExactly("203.0.113.9");

		// Even the right password is not looked at from that client while the lock
		// holds...
		assertThat(signInFrom(guesser, "203.0.113.9", "nigar", "nigars-long-password").statusCode()).isEqualTo(429);
		// ...but the owner, from their own device, signs in as always.
		SiteClient owner = new SiteClient(this.port);
		HttpResponse<String> signedIn = signInFrom(owner, "198.51.100.7", "nigar", "nigars-long-password");
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(owner.get("/admin").statusCode()).isEqualTo(200);

		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(16)));
		assertThat(signInFrom(new SiteClient(this.port), "203.0.113.9", "nigar", "nigars-long-password").statusCode())
			.isEqualTo(302);
	}

	@Test
	void eachFailureMakesTheClientWaitLongerBeforeItsNextTry() throws Exception {
		account("tural", AccountRole.MODERATOR);
		SiteClient guesser = new SiteClient(this.port);
		assertThat(signInFrom(guesser, "203.0.113.10", "tural", "guess-1").statusCode()).isEqualTo(401);
		HttpResponse<String> tooSoon = signInFrom(guesser, "203.0.113.10", "tural", "turals-long-password");
		assertThat(tooSoon.statusCode()).isEqualTo(429);
		assertThat(tooSoon.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(tooSoon.body()).contains("Please wait 1 s");

		this.clock.set(this.clock.instant().plusSeconds(1));
		assertThat(signInFrom(guesser, "203.0.113.10", "tural", "guess-2").statusCode()).isEqualTo(401);
		this.clock.set(this.clock.instant().plusSeconds(1));
		assertThat(signInFrom(guesser, "203.0.113.10", "tural", "guess-3").headers().firstValue("Retry-After"))
			.as("a second after the second failure, one of its two is left")
			.hasValue("1");
		this.clock.set(this.clock.instant().plusSeconds(1));
		assertThat(signInFrom(guesser, "203.0.113.10", "tural", "guess-3").statusCode()).isEqualTo(401);
		assertThat(signInFrom(guesser, "203.0.113.10", "tural", "guess-4").headers().firstValue("Retry-After"))
			.as("the third failure costs four seconds")
			.hasValue("4");
	}

	@Test
	void theCurrentPasswordOnThePasswordPageIsGuessedNoFasterThanAtSignIn() throws Exception {
		account("ilkin", AccountRole.MODERATOR);
		SiteClient ilkin = new SiteClient(this.port);
		signInFrom(ilkin, "198.51.100.30", "ilkin", "ilkins-long-password");
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> wrong = changePasswordFrom(ilkin, "198.51.100.30", "guess-" + i);
			assertThat(wrong.statusCode()).isEqualTo(422);
			assertThat(wrong.body()).contains("This is not your current password.");
			this.clock.set(this.clock.instant().plusSeconds(60));
		}
		HttpResponse<String> held = changePasswordFrom(ilkin, "198.51.100.30", "guess-4");
		assertThat(held.statusCode()).isEqualTo(429);
		assertThat(held.body()).contains("Too many wrong passwords from this device. Try again in 15 min.");
		assertThat(changePasswordFrom(ilkin, "198.51.100.30", "ilkins-long-password").statusCode())
			.as("not even the right one is looked at")
			.isEqualTo(429);
		assertThat(this.passwords.matches("ilkins-long-password",
				this.accounts.findByUsername("ilkin").orElseThrow().passwordHash()))
			.isTrue();
		assertThat(this.jdbc.queryForList(
				"select client_address from audit_entry where actor = 'ilkin' and action = 'PASSWORD_CHECK_FAILED'",
				String.class))
			.hasSize(6)
			.containsOnly("198.51.100.30");
	}

	@Test
	void aDisabledAccountCannotSignInAndIsAnsweredLikeAWrongPassword() throws Exception {
		AdminAccount account = account("rashad", AccountRole.ADMIN);
		account.enable(false);
		this.accounts.save(account);
		HttpResponse<String> refused = signInFrom(new SiteClient(this.port), "198.51.100.40", "rashad",
				"rashads-long-password");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Wrong username or password.");
	}

	@Test
	void aModeratorOnAnAdministratorsPageIsToldItIsNotAllowedForTheirRole() throws Exception {
		account("samira", AccountRole.MODERATOR);
		SiteClient moderator = new SiteClient(this.port);
		signInFrom(moderator, "198.51.100.50", "samira", "samiras-long-password");
		HttpResponse<String> refused = moderator.get("/admin/releases?lang=en");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Not allowed for your role").doesNotContain("expired");
		assertThat(moderator.get("/admin/users?lang=az").body()).contains("Rolunuz buna icazə vermir");
	}

	@Test
	void aFormPostedWithoutItsTokenSaysTheFormHasExpiredNotThatTheRoleIsWrong() throws Exception {
		HttpResponse<String> refused = new SiteClient(this.port).post("/login?lang=az",
				Map.of("username", "admin", "password", "first-admin-password"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Formanın müddəti bitib").doesNotContain("Rolunuz");
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

		HttpResponse<String> ended = kamran.submit("/login", "/admin/tributes",
				Map.of("decision", "APPROVED", "id", "1"));
		assertThat(ended.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?ended"));
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
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(elnur.get("/admin/tributes").statusCode()).isEqualTo(200);
	}

	private AdminAccount account(String username, AccountRole role) {
		return this.accounts
			.save(new AdminAccount(username, this.passwords.encode(username + "s-long-password"), role, Instant.now()));
	}

	private static HttpResponse<String> signIn(SiteClient client, String username, String password) throws Exception {
		return client.submit("/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * Signs in as a client behind the site's trusted proxy: each address is another
	 * client.
	 */
	private static HttpResponse<String> signInFrom(SiteClient client, String address, String username, String password)
			throws Exception {
		return client.submit("/login?lang=en", "/login", Map.of("username", username, "password", password),
				Map.of("X-Forwarded-For", address));
	}

	private static HttpResponse<String> changePasswordFrom(SiteClient editor, String address, String current)
			throws Exception {
		return editor.submit("/admin/account/password", "/admin/account/password?lang=en",
				Map.of("current", current, "password", "a-new-long-password"), Map.of("X-Forwarded-For", address));
	}

	/** What the sign-in page says about the attempt. */
	private static String message(String page) {
		Matcher alert = Pattern.compile("<p class=\"error-summary\" role=\"alert\">([^<]*)</p>").matcher(page);
		return alert.find() ? alert.group(1) : "";
	}

	private java.util.List<String> audited(String actor) {
		return this.jdbc.queryForList("select action from audit_entry where actor = ?", String.class, actor);
	}

}
