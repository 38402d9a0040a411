package com.truereach.api.creators;

import java.util.Objects;
import java.util.UUID;

/** A creator's identity in TrueReach (not a partner's external id). */
public record CreatorId(UUID value) {

  public CreatorId {
    Objects.requireNonNull(value, "value");
  }

  public static CreatorId random() {
    return new CreatorId(UUID.randomUUID());
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
