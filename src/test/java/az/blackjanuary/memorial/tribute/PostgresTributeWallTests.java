package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** Validation, escaping, moderation and cursor paging of the wall, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributeWallTests extends TributeWallTests {

}
