package az.blackjanuary.memorial.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The audit log keeps codes and parameters, and each editor reads it in their own
 * language.
 */
@MemorialSiteTest
class AuditLogTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void detailsAreStoredAsCodesAndReadInTheReadersLanguage() {
		this.mvc.post()
			.uri("/admin/users")
			.param("username", "audited-moderator")
			.param("password", "a-long-password-1")
			.param("role", "MODERATOR")
			.with(auditor())
			.with(csrf())
			.exchange();
		Map<String, Object> entry = this.jdbc.queryForMap(
				"select subject_kind, subject, detail_code, detail from audit_entry where actor = 'auditor' and action = 'USER_CREATED'");
		assertThat(entry).containsEntry("SUBJECT_KIND", "ACCOUNT")
			.containsEntry("SUBJECT", "audited-moderator")
			.containsEntry("DETAIL_CODE", "ROLE_MODERATOR")
			.containsEntry("DETAIL", null);

		assertThat(this.mvc.get().uri("/admin/audit?lang=en").with(auditor())).bodyText()
			.contains("account audited-moderator")
			.contains("Role: moderator");
		assertThat(this.mvc.get().uri("/admin/audit?lang=ru").with(auditor())).bodyText()
			.contains("учетная запись audited-moderator")
			.contains("Роль: модератор")
			.contains("Создание учётной записи");
		assertThat(this.mvc.get().uri("/admin/audit?lang=az").with(auditor())).bodyText()
			.contains("hesab audited-moderator")
			.contains("Rol: xatirə sözləri moderatoru");
	}

	@Test
	void anEntryWrittenBeforeDetailsWereCodesIsShownAsItWasWritten() {
		this.jdbc.update("insert into audit_entry (occurred_at, actor, action, subject, detail) values (?, ?, ?, ?, ?)",
				java.sql.Timestamp.from(Instant.now()), "old-editor", "RELEASE_EDITED", "release 2020-old-note",
				"a note nobody turned into a code");
		assertThat(this.mvc.get().uri("/admin/audit?lang=ru").with(auditor())).hasStatusOk()
			.bodyText()
			.contains("release 2020-old-note")
			.contains("a note nobody turned into a code");
	}

	@Test
	void olderEntriesAreTurnedIntoCodesByTheMigration() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:audit-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("10").load().migrate();
		JdbcTemplate before = new JdbcTemplate(database);
		String insert = "insert into audit_entry (occurred_at, actor, action, subject, detail) values (current_timestamp, 'admin', ?, ?, ?)";
		before.update(insert, "RELEASE_SCHEDULED", "release 2027-qara-yanvar", "for 2027-01-20 09:00 (Asia/Baku)");
		before.update(insert, "EVENT_MOVED", "timeline event 7 (1990-01-20)", "up");
		before.update(insert, "SIGN_IN_FAILED", null, "wrong username or password");
		before.update(insert, "USER_CREATED", "account leyla", "ADMIN");
		before.update(
				"insert into anniversary_release (slug, commemorated_on, published_at, created_at, updated_at) "
						+ "values ('2027-scheduled', DATE '2027-01-20', ?, current_timestamp, current_timestamp)",
				java.sql.Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS)));

		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		JdbcTemplate after = new JdbcTemplate(database);
		assertThat(after.queryForList(
				"select subject_kind, subject, detail_code, detail_args, detail from audit_entry order by id"))
			.containsExactly(row("RELEASE", "2027-qara-yanvar", "SCHEDULED_FOR", "2027-01-20 09:00 (Asia/Baku)", null),
					row("EVENT", "7 (1990-01-20)", "MOVED_UP", null, null),
					row(null, null, "WRONG_PASSWORD", null, null), row("ACCOUNT", "leyla", "ROLE_ADMIN", null, null));
		assertThat(after.queryForObject(
				"select publication_pending from anniversary_release where slug = '2027-scheduled'", Boolean.class))
			.as("a release scheduled before the migration is recorded when it appears")
			.isTrue();
	}

	private static Map<String, Object> row(String kind, String subject, String code, String args, String detail) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("SUBJECT_KIND", kind);
		row.put("SUBJECT", subject);
		row.put("DETAIL_CODE", code);
		row.put("DETAIL_ARGS", args);
		row.put("DETAIL", detail);
		return row;
	}

	private static RequestPostProcessor auditor() {
		return user("auditor").roles("ADMIN");
	}

}
