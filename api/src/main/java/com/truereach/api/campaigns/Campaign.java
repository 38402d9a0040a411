package com.truereach.api.campaigns;

import java.time.Instant;
import java.util.UUID;

/** A stored campaign: what the brand wrote, its state and version. */
record Campaign(UUID id, CampaignRequest content, CampaignState state, long version, String createdBy, Instant createdAt,
    Instant updatedAt) {}
