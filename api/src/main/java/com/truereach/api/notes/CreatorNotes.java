package com.truereach.api.notes;

import com.truereach.api.creators.CreatorId;
import com.truereach.api.db.Sql;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** catalog.creator_notes: a tenant's private note and tags on a creator. */
@Singleton
class CreatorNotes {

  private final TenantScope scope;

  CreatorNotes(TenantScope scope) {
    this.scope = scope;
  }

  Optional<Note> find(TenantId tenant, CreatorId creator) {
    return scope.read(tenant, c -> Sql.query(c,
        "SELECT note, tags, updated_by, updated_at FROM catalog.creator_notes WHERE tenant_id = ? AND creator_id = ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, creator.value()); },
        row -> new Note(row.getString(1), List.copyOf(Arrays.asList((String[]) row.getArray(2).getArray())),
            row.getString(3), row.getTimestamp(4).toInstant()))).stream().findFirst();
  }

  void save(TenantId tenant, CreatorId creator, String note, List<String> tags, String actor) {
    scope.write(tenant, c -> Sql.update(c,
        "INSERT INTO catalog.creator_notes (tenant_id, creator_id, note, tags, updated_by) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (tenant_id, creator_id) DO UPDATE SET note = excluded.note, tags = excluded.tags,"
            + " updated_by = excluded.updated_by, updated_at = now()",
        s -> { s.setString(1, tenant.value()); s.setObject(2, creator.value()); s.setString(3, note);
               s.setArray(4, s.getConnection().createArrayOf("text", tags.toArray())); s.setString(5, actor); }));
  }

  record Note(String note, List<String> tags, String updatedBy, Instant updatedAt) {}
}
