package com.truereach.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Requires an expiry and checks exp, nbf and iat with a small clock-skew tolerance. Replaces the
 * framework's expiry check, which has no tolerance and accepts tokens without exp.
 */
@Singleton
class TokenLifetimeValidator<T> implements GenericJwtClaimsValidator<T> {

  private final Clock clock;
  private final SecurityConfig config;

  TokenLifetimeValidator(Clock clock, SecurityConfig config) {
    this.clock = clock;
    this.config = config;
  }

  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    Instant now = clock.instant();
    long skew = config.clockSkew().toSeconds();
    Instant expiry = instant(claims.get(Claims.EXPIRATION_TIME));
    if (expiry == null || now.isAfter(expiry.plusSeconds(skew))) {
      return false;
    }
    Instant notBefore = instant(claims.get(Claims.NOT_BEFORE));
    if (notBefore != null && now.isBefore(notBefore.minusSeconds(skew))) {
      return false;
    }
    Instant issuedAt = instant(claims.get(Claims.ISSUED_AT));
    return issuedAt == null || !now.isBefore(issuedAt.minusSeconds(skew));
  }

  private static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    return null;
  }
}
