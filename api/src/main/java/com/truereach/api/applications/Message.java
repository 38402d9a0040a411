package com.truereach.api.applications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A plain-text message on an application, and when the other side read it. */
record Message(UUID id, UUID applicationId, Sender sender, String author, String body, Instant sentAt, Optional<Instant> readAt) {

  /** Which side of the application wrote it. */
  enum Sender {
    BRAND, CREATOR;

    String wire() {
      return name().toLowerCase();
    }

    Sender other() {
      return this == BRAND ? CREATOR : BRAND;
    }
  }
}
