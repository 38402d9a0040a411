package com.truereach.api.db;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * A transaction that first tells PostgreSQL on whose behalf it runs, through one transaction-local
 * setting that the row-level-security policies read ({@code truereach.tenant_id},
 * {@code truereach.creator_id} or {@code truereach.worker}). The scopes built on it are the only
 * ways into tables under those policies.
 */
@Singleton
public class ScopedTransactions {

  private final TransactionOperations<Connection> transactions;

  ScopedTransactions(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public <T> T read(String setting, String value, Function<Connection, T> work) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> within(setting, value, status.getConnection(), work));
  }

  public <T> T write(String setting, String value, Function<Connection, T> work) {
    return transactions.executeWrite(status -> within(setting, value, status.getConnection(), work));
  }

  private static <T> T within(String setting, String value, Connection connection, Function<Connection, T> work) {
    try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
      statement.setString(1, setting);
      statement.setString(2, value);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not scope the transaction (" + setting + ")", e);
    }
    return work.apply(connection);
  }
}
