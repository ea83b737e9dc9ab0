package az.blackjanuary.memorial.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * H2 writes a commit to its file up to half a second after it returns, so a process
 * killed in that time loses what visitors were told was kept. After every start's
 * migration, an H2 database is told to write each commit at once, whatever address it was
 * opened with (the setting is H2's own and lasts for the database). PostgreSQL writes its
 * commits at once already.
 */
@Component
class DurableH2Commits implements Callback {

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET WRITE_DELAY 0");
				}
			}
		}
		catch (SQLException failed) {
			throw new IllegalStateException("Could not make H2 write each commit at once", failed);
		}
	}

	@Override
	public String getCallbackName() {
		return "durable H2 commits";
	}

}
