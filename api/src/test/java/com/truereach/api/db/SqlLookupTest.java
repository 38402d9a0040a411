package com.truereach.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A lookup is never turned into a named server-side statement, so PostgreSQL never caches a plan
 * for it that outlives the table size it was made for; an ordinary query is, after a few calls.
 */
@MicronautTest(transactional = false)
class SqlLookupTest implements IntegrationTest {

  @Inject TransactionOperations<Connection> transactions;

  @Test
  void a_lookup_stays_unprepared_where_a_query_is_prepared_on_the_server() {
    // Distinct texts, so statements other code prepared on this pooled connection do not count.
    String marker = UUID.randomUUID().toString().replace("-", "");
    String lookupSql = "SELECT id FROM catalog.creators WHERE id = ANY (?) /* lookup " + marker + " */";
    String querySql = "SELECT id FROM catalog.creators WHERE id = ANY (?) /* query " + marker + " */";

    long[] prepared = transactions.executeRead(status -> {
      Connection connection = status.getConnection();
      for (int call = 0; call < 8; call++) {
        Sql.lookup(connection, lookupSql, s -> s.setArray(1, s.getConnection().createArrayOf("uuid", new Object[] {UUID.randomUUID()})), row -> row.getObject(1));
        Sql.query(connection, querySql, s -> s.setArray(1, s.getConnection().createArrayOf("uuid", new Object[] {UUID.randomUUID()})), row -> row.getObject(1));
      }
      return new long[] {serverStatements(connection, "lookup " + marker), serverStatements(connection, "query " + marker)};
    });

    assertThat(prepared[0]).as("named server-side statements for the lookup").isZero();
    assertThat(prepared[1]).as("named server-side statements for the ordinary query").isEqualTo(1);
  }

  private static long serverStatements(Connection connection, String comment) {
    return Sql.query(connection, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?",
        s -> s.setString(1, "%" + comment + "%"), row -> row.getLong(1)).get(0);
  }
}
