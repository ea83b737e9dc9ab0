package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** A tribute's own page, 404 and 410 included, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributePageTests extends TributePageTests {

}
