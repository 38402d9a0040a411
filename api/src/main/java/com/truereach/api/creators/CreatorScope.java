package com.truereach.api.creators;

import com.truereach.api.db.ScopedTransactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Function;

/**
 * The one way a creator's own requests reach the marketplace's tenant tables (invitations,
 * applications, messages, events about them, the campaigns they may see): a transaction scoped to
 * {@code truereach.creator_id}, which the row-level-security policies admit beside the tenant's.
 * Repositories filter on the creator too, so the database is the second wall.
 */
@Singleton
public class CreatorScope {

  private final ScopedTransactions transactions;

  CreatorScope(ScopedTransactions transactions) {
    this.transactions = transactions;
  }

  public <T> T read(CreatorId creator, Function<Connection, T> work) {
    return transactions.read("truereach.creator_id", creator.toString(), work);
  }

  public <T> T write(CreatorId creator, Function<Connection, T> work) {
    return transactions.write("truereach.creator_id", creator.toString(), work);
  }
}
