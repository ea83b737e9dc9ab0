package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/**
 * The API's tributes, Idempotency-Keys racing for one tribute among them, on PostgreSQL.
 */
@OnPostgreSQL
class PostgresTributeApiTests extends TributeApiTests {

}
