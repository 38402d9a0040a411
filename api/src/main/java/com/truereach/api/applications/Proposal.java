package com.truereach.api.applications;

import com.truereach.api.campaigns.CampaignRequest;
import com.truereach.api.validation.StorableText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a creator offers a campaign: a pitch, a rate for the whole plan, and the deliverables with their dates. */
@Serdeable
record Proposal(
    @NotBlank @Size(max = 5000) @StorableText String pitch,
    @NotNull @Valid CampaignRequest.Amount proposedRate,
    @NotEmpty @Size(max = 20) List<CampaignRequest.@Valid @NotNull Deliverable> deliverablePlan) {}
