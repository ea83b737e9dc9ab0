package az.blackjanuary.memorial.names;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/**
 * The register, its import, order and search, and tributes remembering a person, on
 * PostgreSQL.
 */
@OnPostgreSQL
class PostgresNamesTests extends NamesTests {

}
