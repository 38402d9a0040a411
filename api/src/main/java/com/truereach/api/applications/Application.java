package com.truereach.api.applications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A stored application, with the names both sides show beside it. */
record Application(
    UUID id,
    UUID campaignId,
    String campaignTitle,
    UUID creatorId,
    String creatorName,
    Optional<UUID> invitationId,
    Proposal proposal,
    ApplicationState state,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
