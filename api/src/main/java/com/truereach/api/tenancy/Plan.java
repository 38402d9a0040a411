package com.truereach.api.tenancy;

/** A tenant's subscription plan; among other things it sets its clients' API rate limit. */
public enum Plan {
  STARTER,
  GROWTH,
  ENTERPRISE;

  static Plan fromWire(String value) {
    return valueOf(value.toUpperCase());
  }
}
