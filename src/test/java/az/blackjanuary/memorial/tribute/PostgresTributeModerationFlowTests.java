package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** The tribute's whole path over HTTP, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributeModerationFlowTests extends TributeModerationFlowTests {

}
