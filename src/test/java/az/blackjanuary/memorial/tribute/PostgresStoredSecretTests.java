package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** The stored secret, and instances racing to make it, on PostgreSQL. */
@OnPostgreSQL
class PostgresStoredSecretTests extends StoredSecretTests {

}
