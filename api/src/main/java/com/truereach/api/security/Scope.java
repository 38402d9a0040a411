package com.truereach.api.security;

import java.util.Arrays;
import java.util.Optional;

/** The OAuth2 scopes a partner client can be granted. */
public enum Scope {
  CREATORS_READ("creators:read"),
  CREATORS_WRITE("creators:write"),
  CAMPAIGNS_WRITE("campaigns:write"),
  MATCHES_READ("matches:read");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<Scope> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }
}
