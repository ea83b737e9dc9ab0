package az.blackjanuary.memorial.tribute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V57: the search text ({@link SearchText}) of the tributes stored before it
 * existed and, on H2, their rows in the word index ({@link WallWords}). In Java, because
 * the folding is the site's own and must be the same as for new tributes; run by Flyway
 * like the SQL migrations, in batches by id.
 */
@Component
class SearchTextMigration implements JavaMigration {

	private static final int BATCH = 1000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("57");
	}

	@Override
	public String getDescription() {
		return "tribute search text and word index for earlier tributes";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean wordIndex = "H2".equals(connection.getMetaData().getDatabaseProductName());
		try (PreparedStatement read = connection.prepareStatement("""
				SELECT id, message, place, author_name, name_shown, created_at FROM tribute
				WHERE id > ? ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(BATCH));
				PreparedStatement write = connection
					.prepareStatement("UPDATE tribute SET search_text = ? WHERE id = ?");
				PreparedStatement index = connection
					.prepareStatement("INSERT INTO tribute_word (word, created_at, tribute_id) VALUES (?, ?, ?)")) {
			long after = Long.MIN_VALUE;
			int rows;
			do {
				rows = 0;
				read.setLong(1, after);
				try (ResultSet tributes = read.executeQuery()) {
					while (tributes.next()) {
						rows++;
						after = tributes.getLong("id");
						String searchText = SearchText.of(tributes.getString("message"), tributes.getString("place"),
								tributes.getString("author_name"), NameShown.valueOf(tributes.getString("name_shown")));
						write.setString(1, searchText);
						write.setLong(2, after);
						write.addBatch();
						if (wordIndex) {
							OffsetDateTime createdAt = tributes.getObject("created_at", OffsetDateTime.class);
							for (String word : WallWords.indexed(searchText)) {
								index.setString(1, word);
								index.setObject(2, createdAt);
								index.setLong(3, after);
								index.addBatch();
							}
						}
					}
				}
				write.executeBatch();
				if (wordIndex) {
					index.executeBatch();
				}
			}
			while (rows == BATCH);
		}
	}

}
