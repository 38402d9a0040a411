package com.truereach.api.applications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A brand's invitation of one creator to one campaign, and the creator's answer. */
record Invitation(
    UUID id,
    UUID campaignId,
    String campaignTitle,
    UUID creatorId,
    String creatorName,
    String message,
    InvitationState state,
    String invitedBy,
    Instant createdAt,
    Optional<Instant> respondedAt,
    Optional<UUID> applicationId) {

  /** Pending, accepted (which opened an application) or declined. */
  enum InvitationState {
    PENDING, ACCEPTED, DECLINED;

    String wire() {
      return name().toLowerCase();
    }
  }
}
