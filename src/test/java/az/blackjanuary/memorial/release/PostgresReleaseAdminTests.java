package az.blackjanuary.memorial.release;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/**
 * Writing, scheduling and publishing releases, and recording scheduled publications, on
 * PostgreSQL.
 */
@OnPostgreSQL
class PostgresReleaseAdminTests extends ReleaseAdminTests {

}
