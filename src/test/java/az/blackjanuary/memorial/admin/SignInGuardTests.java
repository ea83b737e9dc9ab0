package az.blackjanuary.memorial.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import az.blackjanuary.memorial.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A name without an account costs a sign-in as much as a wrong password does: nothing
 * tells them apart.
 */
class SignInGuardTests {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final AtomicInteger checks = new AtomicInteger();

	private final PasswordEncoder counted = new PasswordEncoder() {

		@Override
		public String encode(CharSequence password) {
			return SignInGuardTests.this.bcrypt.encode(password);
		}

		@Override
		public boolean matches(CharSequence password, String hash) {
			SignInGuardTests.this.checks.incrementAndGet();
			return SignInGuardTests.this.bcrypt.matches(password, hash);
		}

	};

	@Test
	void anUnknownNameIsCheckedWithBcryptLikeAKnownOne() {
		AdminAccountRepository accounts = mock(AdminAccountRepository.class);
		when(accounts.findByUsername(anyString())).thenReturn(Optional.empty());
		when(accounts.findByUsername("leyla")).thenReturn(Optional.of(new AdminAccount("leyla",
				this.bcrypt.encode("leylas-long-password"), AccountRole.ADMIN, Instant.EPOCH)));
		SignInThrottle throttle = mock(SignInThrottle.class);
		when(throttle.current(anyString(), anyString())).thenReturn(Optional.empty());
		when(throttle.failed(anyString(), anyString(), any()))
			.thenReturn(new SignInThrottle.Hold(Instant.EPOCH, false));
		SignInGuard guard = new SignInGuard(accounts, this.counted, throttle, mock(AuditLog.class));

		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> guard.authenticate(attempt("leyla")));
		int forAKnownName = this.checks.getAndSet(0);
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> guard.authenticate(attempt("nobody-here")));
		assertThat(this.checks.get()).isEqualTo(forAKnownName).isOne();
	}

	private static UsernamePasswordAuthenticationToken attempt(String username) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				"a-wrong-password");
		attempt.setDetails(new WebAuthenticationDetails("192.0.2.1", null));
		return attempt;
	}

}
