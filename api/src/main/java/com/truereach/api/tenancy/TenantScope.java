package com.truereach.api.tenancy;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The one way into tenant-owned tables: a transaction that first tells PostgreSQL whose data it
 * may see ({@code truereach.tenant_id}, read by the row-level-security policies). Tenant
 * repositories take the {@link TenantId} too and filter on it, so the database is the second wall,
 * not the only one.
 */
@Singleton
public class TenantScope {

  private final TransactionOperations<Connection> transactions;

  TenantScope(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public <T> T read(TenantId tenant, Function<Connection, T> work) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> within(tenant, status.getConnection(), work));
  }

  public <T> T write(TenantId tenant, Function<Connection, T> work) {
    return transactions.executeWrite(status -> within(tenant, status.getConnection(), work));
  }

  private static <T> T within(TenantId tenant, Connection connection, Function<Connection, T> work) {
    try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('truereach.tenant_id', ?, true)")) {
      statement.setString(1, tenant.value());
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not scope the transaction to tenant " + tenant, e);
    }
    return work.apply(connection);
  }
}
