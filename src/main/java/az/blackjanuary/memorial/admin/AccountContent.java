package az.blackjanuary.memorial.admin;

import java.time.Instant;

import az.blackjanuary.memorial.system.ContentSection;
import az.blackjanuary.memorial.system.Rows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The editors' accounts in the export document, without their passwords. An imported
 * account that the site does not have yet cannot sign in until an administrator sets its
 * password; an account of the same name that the site already has (its first
 * administrator) keeps its password and takes the document's role and state.
 */
@Component
@Order(50)
class AccountContent implements ContentSection<AccountContent.ExportedAccount[]> {

	/** Not a BCrypt hash, so no password matches it. */
	static final String NO_PASSWORD_YET = "-";

	private final JdbcClient jdbc;

	AccountContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public Class<ExportedAccount[]> type() {
		return ExportedAccount[].class;
	}

	@Override
	public void export(JsonGenerator document) {
		document
			.writePOJO(this.jdbc.sql("SELECT username, role, enabled, created_at FROM admin_account ORDER BY username")
				.query((row, number) -> new ExportedAccount(row.getString("username"), row.getString("role"),
						row.getBoolean("enabled"), Rows.instant(row, "created_at")))
				.list()
				.toArray(ExportedAccount[]::new));
	}

	@Override
	public void clear() {
		// The accounts the site has stay: the operator who imports knows their passwords.
	}

	@Override
	public void restore(ExportedAccount[] accounts) {
		for (ExportedAccount account : accounts) {
			int updated = this.jdbc
				.sql("UPDATE admin_account SET role = ?, enabled = ?, created_at = ? WHERE username = ?")
				.params(account.role(), account.enabled(), Rows.column(account.createdAt()), account.username())
				.update();
			if (updated == 0) {
				this.jdbc.sql("""
						INSERT INTO admin_account (username, password_hash, role, enabled, created_at)
						VALUES (?, ?, ?, ?, ?)""")
					.params(account.username(), NO_PASSWORD_YET, account.role(), account.enabled(),
							Rows.column(account.createdAt()))
					.update();
			}
		}
	}

	/**
	 * @param role {@code ADMIN} or {@code MODERATOR}
	 */
	record ExportedAccount(String username, String role, boolean enabled, Instant createdAt) {
	}

}
