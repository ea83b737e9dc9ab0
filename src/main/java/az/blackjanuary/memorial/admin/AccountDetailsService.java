package az.blackjanuary.memorial.admin;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads editors from the database, locks and all. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AdminAccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AdminAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AdminAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such editor"));
		return new SignedInEditor(account, account.isLockedAt(this.clock.instant()));
	}

}
