package com.truereach.api.idempotency;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * idempotency.requests. Each call commits on its own, so a claim is visible to a concurrent
 * request at once; the primary key (owner, key) lets exactly one of two racing requests claim.
 */
@Singleton
class IdempotencyKeys {

  static final Duration TTL = Duration.ofHours(24);

  private final DataSource dataSource;

  IdempotencyKeys(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Transactional
  boolean claim(String owner, String key, String operation, String hash) {
    update("DELETE FROM idempotency.requests WHERE owner = ? AND key = ? AND expires_at < now()", owner, key);
    return update(
            "INSERT INTO idempotency.requests (owner, key, operation, request_hash, state, expires_at)"
                + " VALUES (?, ?, ?, ?, 'in_progress', now() + make_interval(secs => " + TTL.toSeconds() + "))"
                + " ON CONFLICT (owner, key) DO NOTHING",
            owner, key, operation, hash)
        == 1;
  }

  @Transactional
  void complete(String owner, String key, int status, String body, String location) {
    try (PreparedStatement s = connection().prepareStatement(
        "UPDATE idempotency.requests SET state = 'completed', response_status = ?, response_body = ?, location = ?"
            + " WHERE owner = ? AND key = ?")) {
      s.setInt(1, status);
      s.setString(2, body);
      s.setString(3, location);
      s.setString(4, owner);
      s.setString(5, key);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the idempotent response", e);
    }
  }

  @Transactional
  void release(String owner, String key) {
    update("DELETE FROM idempotency.requests WHERE owner = ? AND key = ? AND state = 'in_progress'", owner, key);
  }

  @Transactional
  Optional<StoredRequest> find(String owner, String key) {
    try (PreparedStatement s = connection().prepareStatement(
        "SELECT operation, request_hash, state, response_status, response_body, location FROM idempotency.requests"
            + " WHERE owner = ? AND key = ? AND expires_at >= now()")) {
      s.setString(1, owner);
      s.setString(2, key);
      try (ResultSet row = s.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredRequest(row.getString(1), row.getString(2), "completed".equals(row.getString(3)),
            row.getInt(4), row.getString(5), row.getString(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read idempotency key", e);
    }
  }

  /** Expired keys are dropped hourly; a lookup already ignores them. */
  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  @Transactional
  void purgeExpired() {
    update("DELETE FROM idempotency.requests WHERE expires_at < now()");
  }

  private int update(String sql, String... values) {
    try (PreparedStatement s = connection().prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key update failed", e);
    }
  }

  private Connection connection() throws SQLException {
    return dataSource.getConnection();
  }
}
