package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** Tributes stored together, each exactly once, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributeWriterTests extends TributeWriterTests {

}
