package com.truereach.api.webhooks;

import com.truereach.api.db.Sql;
import com.truereach.api.events.EventType;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A tenant's webhook subscriptions and their deliveries, through {@link TenantScope}. */
@Singleton
class WebhookSubscriptions {

  static final int MAX_PER_TENANT = 20;
  private static final String DELIVERY_COLUMNS = "d.id, d.subscription_id, d.event_id, e.type, d.state, d.attempts, d.next_attempt_at,"
      + " d.last_status, d.last_error, d.delivered_at, d.replay_of, d.created_at";

  private final TenantScope scope;

  WebhookSubscriptions(TenantScope scope) {
    this.scope = scope;
  }

  /** Creates a subscription and answers it with its secret, or empty when the tenant has {@value #MAX_PER_TENANT} already. */
  Optional<Created> create(TenantId tenant, String url, Set<EventType> types, String actor) {
    UUID id = UUID.randomUUID();
    String secret = WebhookSignature.newSecret();
    return scope.write(tenant, c -> {
      long existing = Sql.query(c, "SELECT count(*) FROM webhooks.subscriptions WHERE tenant_id = ? AND deleted_at IS NULL",
          s -> s.setString(1, tenant.value()), row -> row.getLong(1)).get(0);
      if (existing >= MAX_PER_TENANT) {
        return Optional.empty();
      }
      Sql.update(c, "INSERT INTO webhooks.subscriptions (id, tenant_id, url, event_types, secret, created_by) VALUES (?, ?, ?, ?, ?, ?)",
          s -> { s.setObject(1, id); s.setString(2, tenant.value()); s.setString(3, url);
                 s.setArray(4, c.createArrayOf("text", types.stream().map(EventType::wire).toArray()));
                 s.setString(5, secret); s.setString(6, actor); });
      return Optional.of(new Created(find(c, tenant, id).orElseThrow(), secret));
    });
  }

  List<Subscription> list(TenantId tenant) {
    return scope.read(tenant, c -> Sql.query(c, "SELECT id, url, event_types, created_by, created_at FROM webhooks.subscriptions"
            + " WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY created_at", s -> s.setString(1, tenant.value()),
        WebhookSubscriptions::subscription));
  }

  Optional<Subscription> find(TenantId tenant, UUID id) {
    return scope.read(tenant, c -> find(c, tenant, id));
  }

  boolean delete(TenantId tenant, UUID id) {
    return scope.write(tenant, c -> {
      int removed = Sql.update(c, "UPDATE webhooks.subscriptions SET deleted_at = now() WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL",
          s -> { s.setString(1, tenant.value()); s.setObject(2, id); });
      if (removed == 0) {
        return false;
      }
      // Nothing more goes to a deleted endpoint; what was waiting stays visible as dead.
      Sql.update(c, "UPDATE webhooks.deliveries SET state = 'dead', last_error = 'subscription deleted' WHERE tenant_id = ?"
          + " AND subscription_id = ? AND state = 'pending'", s -> { s.setString(1, tenant.value()); s.setObject(2, id); });
      return true;
    });
  }

  List<Delivery> deliveries(TenantId tenant, UUID subscription, Optional<Delivery.State> state, int limit) {
    return scope.read(tenant, c -> Sql.query(c, "SELECT " + DELIVERY_COLUMNS + " FROM webhooks.deliveries d JOIN events.events e ON e.id = d.event_id"
            + " WHERE d.tenant_id = ? AND d.subscription_id = ? AND (?::text IS NULL OR d.state = ?) ORDER BY d.created_at DESC LIMIT ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, subscription); String wire = state.map(Delivery.State::wire).orElse(null);
               s.setString(3, wire); s.setString(4, wire); s.setInt(5, limit); },
        WebhookSubscriptions::delivery));
  }

  /**
   * Sends the deliveries' events again as new deliveries (same event id, so receivers can
   * de-duplicate), keeping the originals as they were. Answers the new deliveries.
   */
  List<Delivery> replay(TenantId tenant, UUID subscription, Optional<UUID> oneDelivery, Optional<Delivery.State> onlyState) {
    return scope.write(tenant, c -> {
      List<UUID> created = Sql.query(c, "INSERT INTO webhooks.deliveries (id, tenant_id, subscription_id, event_id, state, replay_of)"
              + " SELECT gen_random_uuid(), d.tenant_id, d.subscription_id, d.event_id, 'pending', d.id FROM webhooks.deliveries d"
              + " JOIN webhooks.subscriptions s ON s.id = d.subscription_id AND s.deleted_at IS NULL"
              + " WHERE d.tenant_id = ? AND d.subscription_id = ? AND (?::uuid IS NULL OR d.id = ?) AND (?::text IS NULL OR d.state = ?)"
              + " AND d.state <> 'pending' RETURNING id",
          s -> { s.setString(1, tenant.value()); s.setObject(2, subscription); UUID one = oneDelivery.orElse(null);
                 s.setObject(3, one); s.setObject(4, one); String wire = onlyState.map(Delivery.State::wire).orElse(null);
                 s.setString(5, wire); s.setString(6, wire); },
          row -> row.getObject(1, UUID.class));
      if (created.isEmpty()) {
        return List.of();
      }
      return Sql.query(c, "SELECT " + DELIVERY_COLUMNS + " FROM webhooks.deliveries d JOIN events.events e ON e.id = d.event_id"
              + " WHERE d.tenant_id = ? AND d.id = ANY (?) ORDER BY d.created_at",
          s -> { s.setString(1, tenant.value()); s.setArray(2, c.createArrayOf("uuid", created.toArray())); },
          WebhookSubscriptions::delivery);
    });
  }

  private static Optional<Subscription> find(java.sql.Connection c, TenantId tenant, UUID id) {
    return Sql.query(c, "SELECT id, url, event_types, created_by, created_at FROM webhooks.subscriptions"
            + " WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL", s -> { s.setString(1, tenant.value()); s.setObject(2, id); },
        WebhookSubscriptions::subscription).stream().findFirst();
  }

  private static Subscription subscription(ResultSet row) throws SQLException {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    Arrays.stream((String[]) row.getArray(3).getArray()).forEach(name -> EventType.fromWire(name).ifPresent(types::add));
    return new Subscription(row.getObject(1, UUID.class), row.getString(2), types, row.getString(4), row.getTimestamp(5).toInstant());
  }

  private static Delivery delivery(ResultSet row) throws SQLException {
    Timestamp delivered = row.getTimestamp(10);
    int status = row.getInt(8);
    Optional<Integer> lastStatus = row.wasNull() ? Optional.empty() : Optional.of(status);
    return new Delivery(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4),
        Delivery.State.fromWire(row.getString(5)).orElseThrow(), row.getInt(6), row.getTimestamp(7).toInstant(), lastStatus,
        Optional.ofNullable(row.getString(9)), Optional.ofNullable(delivered).map(Timestamp::toInstant),
        Optional.ofNullable(row.getObject(11, UUID.class)), row.getTimestamp(12).toInstant());
  }

  /** A new subscription and its signing secret (never shown again). */
  record Created(Subscription subscription, String secret) {}
}
