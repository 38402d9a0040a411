package com.truereach.api.campaigns;

import com.truereach.api.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;

/** A stored campaign: what the brand wrote, its state and version, and the tenant that owns it. */
public record Campaign(UUID id, CampaignRequest content, CampaignState state, long version, String createdBy, Instant createdAt,
    Instant updatedAt, TenantId owner) {}
