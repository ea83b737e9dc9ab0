package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** The author's private link, changes and removal, on PostgreSQL. */
@OnPostgreSQL
class PostgresAuthorControlTests extends AuthorControlTests {

}
