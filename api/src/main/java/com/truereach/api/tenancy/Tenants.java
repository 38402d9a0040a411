package com.truereach.api.tenancy;

import com.truereach.api.db.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The tenants table (not tenant-owned itself: a tenant row is the tenant). */
@Singleton
public class Tenants {

  private final TenantScope scope;

  Tenants(TenantScope scope) {
    this.scope = scope;
  }

  /** Stores a new tenant; false when the id is taken. */
  public boolean add(TenantId id, String name, TenantKind kind) {
    try {
      return scope.write(id, connection -> Sql.update(connection,
          "INSERT INTO tenancy.tenants (id, name, kind) VALUES (?, ?, ?)",
          s -> { s.setString(1, id.value()); s.setString(2, name); s.setString(3, kind.wire()); }) == 1);
    } catch (Sql.DataAccessFailure e) {
      if (e.isUniqueViolation()) {
        return false;
      }
      throw e;
    }
  }

  /** Undoes {@link #add} when a later step of a sign-up failed. */
  public void remove(TenantId id) {
    scope.write(id, connection -> Sql.update(connection, "DELETE FROM tenancy.tenants WHERE id = ?", s -> s.setString(1, id.value())));
  }

  public Optional<Plan> planOf(TenantId id) {
    List<Plan> plans = scope.read(id, connection -> Sql.query(connection,
        "SELECT plan FROM tenancy.tenants WHERE id = ?", s -> s.setString(1, id.value()),
        row -> Plan.fromWire(row.getString(1))));
    return plans.stream().findFirst();
  }

  /** Brand or agency. */
  public enum TenantKind {
    BRAND, AGENCY;

    String wire() {
      return name().toLowerCase();
    }
  }
}
