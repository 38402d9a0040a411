package com.truereach.api.imports;

import com.truereach.api.db.Sql;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** catalog.imports and its rejections: a tenant's import jobs, their progress and refused lines. */
@Singleton
class ImportJobs {

  static final int REJECTIONS_SHOWN = 1000;

  private final TenantScope scope;

  ImportJobs(TenantScope scope) {
    this.scope = scope;
  }

  UUID start(TenantId tenant) {
    UUID id = UUID.randomUUID();
    scope.write(tenant, c -> Sql.update(c, "INSERT INTO catalog.imports (id, source, state) VALUES (?, ?, 'running')",
        s -> { s.setObject(1, id); s.setString(2, tenant.value()); }));
    return id;
  }

  /** Adds one batch's counts and rejections, committed at once so pollers see progress. */
  void progress(TenantId tenant, UUID id, int lines, int created, int updated, List<Rejection> rejections, int rejectedLines) {
    scope.write(tenant, c -> {
      Sql.update(c, "UPDATE catalog.imports SET lines = lines + ?, created = created + ?, updated = updated + ?,"
              + " rejected = rejected + ? WHERE id = ? AND source = ?",
          s -> { s.setInt(1, lines); s.setInt(2, created); s.setInt(3, updated); s.setInt(4, rejectedLines);
                 s.setObject(5, id); s.setString(6, tenant.value()); });
      try (var insert = c.prepareStatement("INSERT INTO catalog.import_rejections (import_id, line, field, reason, source)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        for (Rejection r : rejections) {
          insert.setObject(1, id);
          insert.setInt(2, r.line());
          insert.setString(3, r.field());
          insert.setString(4, r.reason());
          insert.setString(5, tenant.value());
          insert.addBatch();
        }
        insert.executeBatch();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("could not record refused lines", e);
      }
      return null;
    });
  }

  void finish(TenantId tenant, UUID id, Optional<String> failure) {
    scope.write(tenant, c -> Sql.update(c, "UPDATE catalog.imports SET state = ?, finished_at = now(), failure = ? WHERE id = ? AND source = ?",
        s -> { s.setString(1, (failure.isPresent() ? ImportState.FAILED : ImportState.COMPLETED).wireName()); s.setString(2, failure.orElse(null));
               s.setObject(3, id); s.setString(4, tenant.value()); }));
  }

  Optional<ImportJob> find(TenantId tenant, UUID id) {
    return scope.read(tenant, c -> {
      Optional<ImportJob> job = Sql.query(c,
          "SELECT id, state, lines, created, updated, rejected, started_at, finished_at, failure FROM catalog.imports WHERE id = ? AND source = ?",
          s -> { s.setObject(1, id); s.setString(2, tenant.value()); },
          ImportJobs::job).stream().findFirst();
      return job.map(j -> j.withRejections(Sql.query(c,
          "SELECT line, field, reason FROM catalog.import_rejections WHERE import_id = ? AND source = ? ORDER BY line, field LIMIT " + REJECTIONS_SHOWN,
          s -> { s.setObject(1, id); s.setString(2, tenant.value()); },
          row -> new Rejection(row.getInt(1), row.getString(2), row.getString(3)))));
    });
  }

  /**
   * A tenant's imports, newest first, without their refused lines; {@code before} (a start time
   * from an earlier page) pages on.
   */
  List<ImportJob> recent(TenantId tenant, Optional<ImportState> state, Optional<Instant> before, int limit) {
    return scope.read(tenant, c -> Sql.query(c,
        "SELECT id, state, lines, created, updated, rejected, started_at, finished_at, failure FROM catalog.imports"
            + " WHERE source = ? AND (?::text IS NULL OR state = ?) AND (?::timestamptz IS NULL OR started_at < ?)"
            + " ORDER BY started_at DESC LIMIT ?",
        s -> {
          s.setString(1, tenant.value());
          String wanted = state.map(ImportState::wireName).orElse(null);
          s.setString(2, wanted);
          s.setString(3, wanted);
          java.sql.Timestamp until = before.map(java.sql.Timestamp::from).orElse(null);
          s.setTimestamp(4, until);
          s.setTimestamp(5, until);
          s.setInt(6, limit);
        },
        ImportJobs::job));
  }

  private static ImportJob job(java.sql.ResultSet row) throws java.sql.SQLException {
    return new ImportJob(row.getObject(1, UUID.class), row.getString(2), row.getInt(3), row.getInt(4), row.getInt(5), row.getInt(6),
        row.getTimestamp(7).toInstant(), Optional.ofNullable(row.getTimestamp(8)).map(java.sql.Timestamp::toInstant),
        Optional.ofNullable(row.getString(9)), List.of());
  }

  /** Where an import stands. */
  enum ImportState {
    RUNNING, COMPLETED, FAILED;

    String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<ImportState> fromWireName(String name) {
      return java.util.Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
  }

  /** A refused line: its number (from 1), the field, and why. */
  record Rejection(int line, String field, String reason) {}

  record ImportJob(UUID id, String state, int lines, int created, int updated, int rejected, Instant startedAt,
      Optional<Instant> finishedAt, Optional<String> failure, List<Rejection> rejections) {
    ImportJob withRejections(List<Rejection> found) {
      return new ImportJob(id, state, lines, created, updated, rejected, startedAt, finishedAt, failure, found);
    }
  }
}
