package az.blackjanuary.memorial.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments read from and written to {@code TIMESTAMP WITH TIME ZONE} columns the same way
 * on H2 and PostgreSQL, for the code that moves rows as they are (the export and import).
 */
public final class Rows {

	private Rows() {
	}

	public static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	public static OffsetDateTime column(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * Moves an identity column past the highest id written by hand, so that the next row
	 * the site makes does not collide with an imported one. The syntax is the same on H2
	 * and PostgreSQL.
	 */
	public static void restartIdentityAfter(org.springframework.jdbc.core.simple.JdbcClient jdbc, String table) {
		Long highest = jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).optional().orElse(null);
		jdbc.sql("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + ((highest != null) ? highest + 1 : 1))
			.update();
	}

}
