package com.truereach.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
