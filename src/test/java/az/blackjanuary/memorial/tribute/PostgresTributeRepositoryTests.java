package az.blackjanuary.memorial.tribute;

import az.blackjanuary.memorial.system.OnPostgreSQL;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The wall's queries, equal timestamps included, on the schema Flyway makes on
 * PostgreSQL.
 */
@OnPostgreSQL
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresTributeRepositoryTests extends TributeRepositoryTests {

}
