package az.blackjanuary.memorial.admin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An editor's account. Only a BCrypt hash of the password is ever stored. */
@Entity
@Table(name = "admin_account")
class AdminAccount {

	/** The username column's size, which the accounts form also holds a new name to. */
	static final int USERNAME_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = USERNAME_LENGTH)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountRole role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AdminAccount() {
	}

	AdminAccount(String username, String passwordHash, AccountRole role, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	AccountRole role() {
		return this.role;
	}

	boolean enabled() {
		return this.enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

}
