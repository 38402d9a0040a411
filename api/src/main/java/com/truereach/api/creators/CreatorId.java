package com.truereach.api.creators;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;

/** A creator's identity in TrueReach (not a partner's external id). */
public record CreatorId(UUID value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public CreatorId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A new id ordered by creation time: a UUID of version 7 (RFC 9562), the milliseconds since the
   * epoch followed by 74 random bits. Creators created together sit together in PostgreSQL's
   * B-tree indexes and in Elasticsearch's terms dictionary of ids, so a bulk import touches a few
   * recent pages and segments instead of every one (ADR 0014); the random part keeps ids
   * unguessable.
   */
  public static CreatorId next() {
    long millis = System.currentTimeMillis();
    long mostSignificant = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
    long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new CreatorId(new UUID(mostSignificant, leastSignificant));
  }

  /** Parses a client-supplied id; an unparseable id is a creator that does not exist. */
  public static java.util.Optional<CreatorId> parse(String text) {
    try {
      return java.util.Optional.of(new CreatorId(UUID.fromString(text)));
    } catch (IllegalArgumentException notAUuid) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
