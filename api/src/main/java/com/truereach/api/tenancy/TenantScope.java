package com.truereach.api.tenancy;

import com.truereach.api.db.ScopedTransactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Function;

/**
 * The one way into tenant-owned tables: a transaction that first tells PostgreSQL whose data it
 * may see ({@code truereach.tenant_id}, read by the row-level-security policies). Tenant
 * repositories take the {@link TenantId} too and filter on it, so the database is the second wall,
 * not the only one.
 */
@Singleton
public class TenantScope {

  private final ScopedTransactions transactions;

  TenantScope(ScopedTransactions transactions) {
    this.transactions = transactions;
  }

  public <T> T read(TenantId tenant, Function<Connection, T> work) {
    return transactions.read("truereach.tenant_id", tenant.value(), work);
  }

  public <T> T write(TenantId tenant, Function<Connection, T> work) {
    return transactions.write("truereach.tenant_id", tenant.value(), work);
  }
}
