package com.truereach.api.shortlists;

import com.truereach.api.db.Sql;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** campaigns.shortlists and their entries, always through {@link TenantScope}. */
@Singleton
public class Shortlists {

  private final TenantScope scope;

  Shortlists(TenantScope scope) {
    this.scope = scope;
  }

  Shortlist create(TenantId tenant, String name, String actor) {
    UUID id = UUID.randomUUID();
    scope.write(tenant, c -> Sql.update(c, "INSERT INTO campaigns.shortlists (id, tenant_id, name, created_by) VALUES (?, ?, ?, ?)",
        s -> { s.setObject(1, id); s.setString(2, tenant.value()); s.setString(3, name); s.setString(4, actor); }));
    return find(tenant, id).orElseThrow();
  }

  List<Shortlist> list(TenantId tenant) {
    return scope.read(tenant, c -> Sql.query(c, "SELECT id, name, created_by, created_at FROM campaigns.shortlists WHERE tenant_id = ?"
            + " ORDER BY created_at DESC LIMIT 500",
        s -> s.setString(1, tenant.value()),
        row -> new Shortlist(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant())));
  }

  Optional<Shortlist> find(TenantId tenant, UUID id) {
    return scope.read(tenant, c -> Sql.query(c, "SELECT id, name, created_by, created_at FROM campaigns.shortlists WHERE tenant_id = ? AND id = ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, id); },
        row -> new Shortlist(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant())))
        .stream().findFirst();
  }

  List<Entry> entries(TenantId tenant, UUID shortlist) {
    return scope.read(tenant, c -> Sql.query(c, "SELECT creator_id, note, tags, added_by, added_at FROM campaigns.shortlist_entries"
            + " WHERE tenant_id = ? AND shortlist_id = ? ORDER BY added_at",
        s -> { s.setString(1, tenant.value()); s.setObject(2, shortlist); },
        row -> new Entry(row.getObject(1, UUID.class), row.getString(2), List.copyOf(Arrays.asList((String[]) row.getArray(3).getArray())),
            row.getString(4), row.getTimestamp(5).toInstant())));
  }

  /** The creators on one of the tenant's shortlists (for inviting them all), or empty when it has no such list. */
  public Optional<List<UUID>> creatorsOn(TenantId tenant, UUID shortlist) {
    return find(tenant, shortlist).map(found -> entries(tenant, shortlist).stream().map(Entry::creatorId).toList());
  }

  /** Adds a creator, or replaces its note and tags when it is on the list already. */
  void put(TenantId tenant, UUID shortlist, UUID creator, String note, List<String> tags, String actor) {
    scope.write(tenant, c -> Sql.update(c, "INSERT INTO campaigns.shortlist_entries (tenant_id, shortlist_id, creator_id, note, tags, added_by)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shortlist_id, creator_id) DO UPDATE SET note = excluded.note, tags = excluded.tags",
        s -> { s.setString(1, tenant.value()); s.setObject(2, shortlist); s.setObject(3, creator); s.setString(4, note);
               s.setArray(5, s.getConnection().createArrayOf("text", tags.toArray())); s.setString(6, actor); }));
  }

  boolean remove(TenantId tenant, UUID shortlist, UUID creator) {
    return scope.write(tenant, c -> Sql.update(c, "DELETE FROM campaigns.shortlist_entries WHERE tenant_id = ? AND shortlist_id = ? AND creator_id = ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, shortlist); s.setObject(3, creator); })) == 1;
  }

  boolean delete(TenantId tenant, UUID shortlist) {
    return scope.write(tenant, c -> Sql.update(c, "DELETE FROM campaigns.shortlists WHERE tenant_id = ? AND id = ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, shortlist); })) == 1;
  }

  record Shortlist(UUID id, String name, String createdBy, Instant createdAt) {}

  record Entry(UUID creatorId, String note, List<String> tags, String addedBy, Instant addedAt) {}
}
