package com.truereach.api.webhooks;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One event sent (or to be sent) to one subscription, with how its attempts went. */
record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, State state, int attempts, Instant nextAttemptAt,
    Optional<Integer> lastStatus, Optional<String> lastError, Optional<Instant> deliveredAt, Optional<UUID> replayOf, Instant createdAt) {

  /** pending (will be tried), delivered (a 2xx came back), dead (attempts used up; replay to try again). */
  enum State {
    PENDING, DELIVERED, DEAD;

    String wire() {
      return name().toLowerCase();
    }

    static Optional<State> fromWire(String value) {
      for (State state : values()) {
        if (state.wire().equals(value)) {
          return Optional.of(state);
        }
      }
      return Optional.empty();
    }
  }
}
