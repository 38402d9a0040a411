package com.truereach.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.db.Sql;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenant's trail of security-relevant actions: sign-ups, invitations, clients, roles. */
@Singleton
public class AuditLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TenantScope scope;

  AuditLog(TenantScope scope) {
    this.scope = scope;
  }

  public void record(TenantId tenant, String actor, AuditAction action, String target, Map<String, ?> details) {
    scope.write(tenant, connection -> append(connection, tenant, actor, action, target, details));
  }

  /** Records inside a transaction the caller already opened with {@link TenantScope}. */
  public static int append(Connection connection, TenantId tenant, String actor, AuditAction action, String target, Map<String, ?> details) {
    return Sql.update(connection,
        "INSERT INTO tenancy.audit_events (tenant_id, actor, action, target, details) VALUES (?, ?, ?, ?, ?::jsonb)",
        s -> {
          s.setString(1, tenant.value());
          s.setString(2, actor);
          s.setString(3, action.wire());
          s.setString(4, target);
          s.setString(5, json(details));
        });
  }

  /** Newest first; {@code before} is the id where the previous page ended. */
  public List<AuditEvent> page(TenantId tenant, Optional<Long> before, int limit) {
    return scope.read(tenant, connection -> Sql.query(connection,
        "SELECT id, actor, action, target, details::text, at FROM tenancy.audit_events"
            + " WHERE tenant_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
        s -> { s.setString(1, tenant.value()); s.setLong(2, before.orElse(Long.MAX_VALUE)); s.setInt(3, limit); },
        row -> new AuditEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            row.getTimestamp(6).toInstant())));
  }

  private static String json(Map<String, ?> details) {
    try {
      return JSON.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details must be JSON-serialisable", e);
    }
  }

  /** One entry of the trail. {@code details} is a JSON object. */
  public record AuditEvent(long id, String actor, String action, String target, String details, Instant at) {}
}
