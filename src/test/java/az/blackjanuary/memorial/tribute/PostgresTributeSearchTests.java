package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** Searching the wall, case, wildcards and cursor paging included, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributeSearchTests extends TributeSearchTests {

}
