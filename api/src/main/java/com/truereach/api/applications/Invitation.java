package com.truereach.api.applications;

import com.truereach.api.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A brand's invitation of one creator to one campaign (owned by the brand's tenant), and the creator's answer. */
record Invitation(
    UUID id,
    TenantId owner,
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
