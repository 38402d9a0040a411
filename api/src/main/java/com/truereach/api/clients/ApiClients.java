package com.truereach.api.clients;

import com.truereach.api.audit.AuditAction;
import com.truereach.api.audit.AuditLog;
import com.truereach.api.identity.IdentityDirectory;
import com.truereach.api.security.Caller;
import com.truereach.api.security.RevokedClients;
import com.truereach.api.security.Scope;
import com.truereach.api.db.Sql;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;

/** A tenant's partner API clients: created in the identity provider, recorded and audited here. */
@Singleton
public class ApiClients implements RevokedClients {

  private final IdentityDirectory directory;
  private final TenantScope scope;
  private final TransactionOperations<java.sql.Connection> transactions;
  private final Map<String, Boolean> revokedCache = new ConcurrentHashMap<>();

  ApiClients(IdentityDirectory directory, TenantScope scope, TransactionOperations<java.sql.Connection> transactions) {
    this.directory = directory;
    this.scope = scope;
    this.transactions = transactions;
  }

  public CreatedClient create(Caller caller, TenantId tenant, String name, Set<Scope> scopes) {
    IdentityDirectory.PartnerCredentials credentials = directory.createPartnerClient(tenant, name, scopes);
    UUID id = UUID.randomUUID();
    ApiClient client = new ApiClient(id, credentials.clientId(), name, scopes, Instant.now(), Optional.empty());
    try {
      record(caller, tenant, id, credentials, name, scopes);
    } catch (RuntimeException e) {
      // Nothing half-made: the identity provider's client goes too.
      directory.deletePartnerClient(credentials.clientId());
      throw e;
    }
    return new CreatedClient(client, credentials.clientSecret());
  }

  private void record(Caller caller, TenantId tenant, UUID id, IdentityDirectory.PartnerCredentials credentials, String name,
      Set<Scope> scopes) {
    scope.write(tenant, connection -> {
      Array scopeArray = array(connection, scopes);
      Sql.update(connection,
          "INSERT INTO tenancy.api_clients (id, tenant_id, client_id, name, scopes, created_by) VALUES (?, ?, ?, ?, ?, ?)",
          s -> { s.setObject(1, id); s.setString(2, tenant.value()); s.setString(3, credentials.clientId());
                 s.setString(4, name); s.setArray(5, scopeArray); s.setString(6, caller.actor()); });
      return AuditLog.append(connection, tenant, caller.actor(), AuditAction.CLIENT_CREATED, credentials.clientId(),
          Map.of("name", name, "scopes", scopes.stream().map(Scope::value).sorted().toList()));
    });
  }

  public List<ApiClient> list(TenantId tenant) {
    return scope.read(tenant, connection -> Sql.query(connection,
        "SELECT id, client_id, name, scopes, created_at, revoked_at FROM tenancy.api_clients WHERE tenant_id = ? ORDER BY created_at",
        s -> s.setString(1, tenant.value()), ApiClients::row));
  }

  public Optional<ApiClient> find(TenantId tenant, UUID id) {
    return scope.read(tenant, connection -> Sql.query(connection,
        "SELECT id, client_id, name, scopes, created_at, revoked_at FROM tenancy.api_clients WHERE tenant_id = ? AND id = ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, id); }, ApiClients::row)).stream().findFirst();
  }

  /** Revokes at once: the client is deleted upstream and its unexpired tokens stop working here. */
  public boolean revoke(Caller caller, TenantId tenant, UUID id) {
    Optional<ApiClient> client = find(tenant, id);
    if (client.isEmpty() || client.get().revokedAt().isPresent()) {
      return client.isPresent();
    }
    String clientId = client.get().clientId();
    scope.write(tenant, connection -> {
      Sql.update(connection, "UPDATE tenancy.api_clients SET revoked_at = now() WHERE tenant_id = ? AND id = ?",
          s -> { s.setString(1, tenant.value()); s.setObject(2, id); });
      Sql.update(connection, "INSERT INTO tenancy.revoked_clients (client_id) VALUES (?) ON CONFLICT DO NOTHING",
          s -> s.setString(1, clientId));
      return AuditLog.append(connection, tenant, caller.actor(), AuditAction.CLIENT_REVOKED, clientId, Map.of());
    });
    revokedCache.put(clientId, true);
    try {
      directory.deletePartnerClient(clientId);
    } catch (RuntimeException e) {
      // Revoked already: our check refuses its tokens; the upstream client is removed later by hand.
      org.slf4j.LoggerFactory.getLogger(ApiClients.class).warn("Revoked {} but could not delete it upstream: {}", clientId, e.toString());
    }
    return true;
  }

  @Override
  public boolean isRevoked(String clientId) {
    // Only clients TrueReach created can be revoked, and a revocation is forever: cache the yes.
    if (!clientId.startsWith("partner-")) {
      return false;
    }
    if (revokedCache.containsKey(clientId)) {
      return true;
    }
    boolean revoked = transactions.execute(TransactionDefinition.READ_ONLY, status ->
        !Sql.query(status.getConnection(), "SELECT 1 FROM tenancy.revoked_clients WHERE client_id = ?",
            s -> s.setString(1, clientId), row -> 1).isEmpty());
    if (revoked) {
      revokedCache.put(clientId, true);
    }
    return revoked;
  }

  private static Array array(java.sql.Connection connection, Set<Scope> scopes) {
    try {
      return connection.createArrayOf("text", scopes.stream().map(Scope::value).sorted().toArray());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiClient row(java.sql.ResultSet row) throws java.sql.SQLException {
    Set<Scope> scopes = Arrays.stream((String[]) row.getArray(4).getArray())
        .map(Scope::parse).flatMap(Optional::stream).collect(Collectors.toSet());
    return new ApiClient((UUID) row.getObject(1), row.getString(2), row.getString(3), scopes,
        row.getTimestamp(5).toInstant(), Optional.ofNullable(row.getTimestamp(6)).map(java.sql.Timestamp::toInstant));
  }

  /** A partner client as its tenant sees it. */
  public record ApiClient(UUID id, String clientId, String name, Set<Scope> scopes, Instant createdAt, Optional<Instant> revokedAt) {}

  /** A new client with its secret, which is shown once and never stored. */
  public record CreatedClient(ApiClient client, String clientSecret) {}
}
