package az.blackjanuary.memorial.admin;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/**
 * Sign-ins, failures counted per name and client under row locks, and the audit log, on
 * PostgreSQL.
 */
@OnPostgreSQL
class PostgresSignInTests extends SignInTests {

}
