package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** Visitors' reports, their reasons and the moderators' counts of them, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributeReportTests extends TributeReportTests {

}
