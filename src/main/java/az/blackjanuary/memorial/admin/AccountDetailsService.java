package az.blackjanuary.memorial.admin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Reads editors from the database for the password check; {@link SignInGuard} is the only
 * one to ask.
 */
class AccountDetailsService implements UserDetailsService {

	private final AdminAccountRepository accounts;

	AccountDetailsService(AdminAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(SignedInEditor::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such editor"));
	}

}
