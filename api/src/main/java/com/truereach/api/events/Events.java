package com.truereach.api.events;

import com.truereach.api.creators.CreatorId;
import com.truereach.api.db.Sql;
import com.truereach.api.tenancy.TenantId;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The event log. Events are appended inside the transaction that changed the state they describe,
 * so an event exists exactly when its change was committed; notifications and webhooks read them
 * afterwards. Reads run inside the caller's tenant or creator scope.
 */
@Singleton
public class Events {

  private static final String COLUMNS = "seq, id, type, data::text, occurred_at";

  private final ObjectMapper json;

  Events(ObjectMapper json) {
    this.json = json;
  }

  /** Appends an event of the brand's tenant; the creator, when given, sees it too if its type is for creators. */
  public void append(Connection c, TenantId tenant, Optional<CreatorId> creator, EventType type, EventData data) {
    if (!type.toTenant()) {
      throw new IllegalArgumentException(type.wire() + " is for the creator alone; use appendForCreator");
    }
    String payload = payload(data);
    Optional<CreatorId> audience = type.toCreator() ? creator : Optional.empty();
    Sql.update(c, "INSERT INTO events.events (id, tenant_id, creator_id, type, data) VALUES (?, ?, ?, ?, ?::jsonb)", s -> {
      s.setObject(1, UUID.randomUUID());
      s.setString(2, tenant.value());
      s.setObject(3, audience.map(CreatorId::value).orElse(null));
      s.setString(4, type.wire());
      s.setString(5, payload);
    });
  }

  /**
   * Appends an event that concerns one creator and no brand (no tenant sees it, no webhook sends
   * it). The caller's transaction must run in that creator's scope ({@code CreatorScope}).
   */
  public void appendForCreator(Connection c, CreatorId creator, EventType type, EventData data) {
    if (!type.toCreator()) {
      throw new IllegalArgumentException(type.wire() + " is not an event for creators");
    }
    Sql.update(c, "INSERT INTO events.events (id, tenant_id, creator_id, type, data) VALUES (?, NULL, ?, ?, ?::jsonb)", s -> {
      s.setObject(1, UUID.randomUUID());
      s.setObject(2, creator.value());
      s.setString(3, type.wire());
      s.setString(4, payload(data));
    });
  }

  private String payload(EventData data) {
    try {
      return json.writeValueAsString(data);
    } catch (IOException e) {
      throw new UncheckedIOException("event data could not be written", e);
    }
  }

  /** Whose events a read covers: a tenant's, or those about one creator. The column is never user input. */
  record Owner(String column, Object value) {
    static Owner tenant(TenantId tenant) {
      return new Owner("tenant_id", tenant.value());
    }

    static Owner creator(CreatorId creator) {
      return new Owner("creator_id", creator.value());
    }
  }

  /** The owner's events after a cursor, oldest first. */
  List<Event> after(Connection c, Owner owner, long afterSeq, int limit) {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM events.events WHERE " + owner.column() + " = ? AND seq > ? ORDER BY seq LIMIT ?",
        s -> { s.setObject(1, owner.value()); s.setLong(2, afterSeq); s.setInt(3, limit); }, this::event);
  }

  /** The owner's newest events first, before a cursor (for a notification list). */
  List<Event> before(Connection c, Owner owner, long beforeSeq, int limit) {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM events.events WHERE " + owner.column() + " = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
        s -> { s.setObject(1, owner.value()); s.setLong(2, beforeSeq); s.setInt(3, limit); }, this::event);
  }

  long countAfter(Connection c, Owner owner, long afterSeq) {
    return Sql.query(c, "SELECT count(*) FROM events.events WHERE " + owner.column() + " = ? AND seq > ?",
        s -> { s.setObject(1, owner.value()); s.setLong(2, afterSeq); }, row -> row.getLong(1)).get(0);
  }

  private Event event(ResultSet row) throws SQLException {
    return new Event(row.getLong(1), row.getObject(2, UUID.class),
        EventType.fromWire(row.getString(3)).orElseThrow(() -> new IllegalStateException("unknown stored event type")),
        parse(row.getString(4)), row.getTimestamp(5).toInstant());
  }

  private JsonNode parse(String text) {
    try {
      return json.readValue(text, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored event data unreadable", e);
    }
  }
}
