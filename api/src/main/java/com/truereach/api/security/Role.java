package com.truereach.api.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles TrueReach understands. */
public enum Role {
  BRAND_ADMIN("brand_admin"),
  BRAND_MEMBER("brand_member"),
  CREATOR("creator"),
  PARTNER("partner"),
  OPERATOR("operator");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  public String claim() {
    return claim;
  }

  static Optional<Role> fromClaim(String value) {
    return Arrays.stream(values()).filter(r -> r.claim.equals(value)).findFirst();
  }
}
