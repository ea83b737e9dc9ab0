package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;

/** The moderation queue and its audit entries, on PostgreSQL. */
@OnPostgreSQL
class PostgresTributeModerationTests extends TributeModerationTests {

}
