package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** Migration V57 on PostgreSQL, which keeps no word index. */
@OnPostgreSQL
class PostgresSearchTextMigrationTests extends SearchTextMigrationTests {

}
