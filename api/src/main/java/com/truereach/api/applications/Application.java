package com.truereach.api.applications;

import com.truereach.api.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A stored application, with the brand's tenant that owns it and the names both sides show beside it. */
record Application(
    UUID id,
    TenantId owner,
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
