package com.truereach.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;

/** Small JDBC helpers: statements on a connection that the caller's transaction owns. */
public final class Sql {

  private Sql() {}

  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  public static int update(Connection connection, String sql, Binder binder) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessFailure(sql, e);
    }
  }

  public static <T> List<T> query(Connection connection, String sql, Binder binder, RowMapper<T> mapper) {
    return query(connection, sql, binder, mapper, false);
  }

  /**
   * A query over a table that grows by orders of magnitude, looked up by a list of keys: planned
   * for each call with the table's current size. A plan PostgreSQL caches for a prepared statement
   * is kept until the table's statistics change; one cached while the table was empty (a fresh
   * catalogue, a server whose autovacuum is off) kept scanning the whole table for every batch of
   * an import after it had grown to hundreds of thousands of rows. Planning costs a fraction of a
   * millisecond per call, once per batch.
   */
  public static <T> List<T> lookup(Connection connection, String sql, Binder binder, RowMapper<T> mapper) {
    return query(connection, sql, binder, mapper, true);
  }

  private static <T> List<T> query(Connection connection, String sql, Binder binder, RowMapper<T> mapper, boolean planEachCall) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (planEachCall) {
        // Never a named server-side statement, so never a cached generic plan.
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(sql, e);
    }
  }

  /** A database failure; its SQL state says whether it was a conflict (23505) or worse. */
  public static final class DataAccessFailure extends RuntimeException {
    private final String sqlState;

    DataAccessFailure(String sql, SQLException cause) {
      super("database call failed: " + sql.split("\\s+")[0] + " (" + cause.getSQLState() + ")", cause);
      this.sqlState = cause.getSQLState();
    }

    public boolean isUniqueViolation() {
      return "23505".equals(sqlState);
    }
  }
}
