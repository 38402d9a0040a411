package com.truereach.api.tenancy;

import java.util.Objects;

/**
 * A tenant: a brand or an agency workspace, named by its organization alias in the identity
 * provider. Only ever taken from a verified token, never from a request's body or path.
 */
public record TenantId(String value) {

  public TenantId {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[a-z0-9][a-z0-9-]{1,62}")) {
      throw new IllegalArgumentException("not a tenant id: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
