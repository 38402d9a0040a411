package com.truereach.api.campaigns;

import com.truereach.api.http.ETags;
import com.truereach.api.http.PathIds;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's campaigns: write a draft, edit it, publish, close or cancel, with every change recorded. */
@Tag(name = "Campaigns")
@Controller("/v1/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignsController {

  private final Campaigns campaigns;
  private final Access access;
  private final IdempotentRequests idempotency;
  private final Clock clock;

  CampaignsController(Campaigns campaigns, Access access, IdempotentRequests idempotency, Clock clock) {
    this.campaigns = campaigns;
    this.access = access;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  @Operation(summary = "Create a campaign (as a draft)")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> create(Authentication authentication, @Valid @Body CampaignRequest request,
      @Nullable @Header(IdempotentRequests.HEADER) String key) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    checkRules(request);
    return idempotency.execute(key, tenant.value(), "campaigns.create", request, () -> {
      Campaign created = campaigns.create(tenant, request, caller.actor());
      return HttpResponse.created(CampaignResponse.of(created), URI.create("/v1/campaigns/" + created.id()))
          .header("ETag", etag(created));
    });
  }

  @Operation(summary = "Your tenant's campaigns, newest first")
  @Get(produces = MediaType.APPLICATION_JSON)
  CampaignPage list(Authentication authentication, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    int size = limit == null ? 20 : limit;
    if (size < 1 || size > 100) {
      throw invalid("limit", "must be between 1 and 100");
    }
    Optional<Instant> before = Optional.empty();
    if (cursor != null) {
      try {
        before = Optional.of(Instant.parse(cursor));
      } catch (RuntimeException e) {
        throw invalid("cursor", "is not a cursor this API returned");
      }
    }
    List<Campaign> page = campaigns.list(Access.tenantOf(caller), before, size);
    String next = page.size() == size ? page.get(page.size() - 1).createdAt().toString() : null;
    return new CampaignPage(page.stream().map(CampaignResponse::of).toList(), next);
  }

  @Operation(summary = "One campaign")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<CampaignResponse> read(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    Campaign campaign = campaigns.find(Access.tenantOf(caller), uuid(id)).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
    return HttpResponse.ok(CampaignResponse.of(campaign)).header("ETag", etag(campaign));
  }

  @Operation(summary = "Replace a draft campaign", description = "Requires If-Match with the ETag read; only drafts can be edited.")
  @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<CampaignResponse> replace(Authentication authentication, @PathVariable String id, @Valid @Body CampaignRequest request,
      @Nullable @Header("If-Match") String ifMatch) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    UUID campaignId = uuid(id);
    TenantId tenant = Access.tenantOf(caller);
    campaigns.find(tenant, campaignId).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
    if (ifMatch == null) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag from GET /v1/campaigns/" + id);
    }
    checkRules(request);
    Campaign updated = campaigns.replace(tenant, campaignId, request, ETags.version(ifMatch));
    return HttpResponse.ok(CampaignResponse.of(updated)).header("ETag", etag(updated));
  }

  @Operation(summary = "Publish a draft campaign")
  @Post(uri = "/{id}/publish", produces = MediaType.APPLICATION_JSON)
  CampaignResponse publish(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    Campaign campaign = campaigns.find(tenant, uuid(id)).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
    if (campaign.content().endsOn().isBefore(LocalDate.now(clock))) {
      throw new ProblemException(ProblemType.RULE_VIOLATED, "The campaign ended on " + campaign.content().endsOn() + "; move its dates first.");
    }
    return CampaignResponse.of(campaigns.transition(tenant, campaign.id(), CampaignTransition.PUBLISH, caller.actor()));
  }

  @Operation(summary = "Close a published campaign")
  @Post(uri = "/{id}/close", produces = MediaType.APPLICATION_JSON)
  CampaignResponse close(Authentication authentication, @PathVariable String id) {
    return transition(authentication, id, CampaignTransition.CLOSE);
  }

  @Operation(summary = "Cancel a draft or published campaign")
  @Post(uri = "/{id}/cancel", produces = MediaType.APPLICATION_JSON)
  CampaignResponse cancel(Authentication authentication, @PathVariable String id) {
    return transition(authentication, id, CampaignTransition.CANCEL);
  }

  @Operation(summary = "Every change of state of a campaign, with who and when")
  @Get(uri = "/{id}/history", produces = MediaType.APPLICATION_JSON)
  History history(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    UUID campaignId = uuid(id);
    campaigns.find(tenant, campaignId).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
    return new History(campaigns.history(tenant, campaignId).stream()
        .map(t -> new History.Item(t.from(), t.to(), t.actor(), t.at())).toList());
  }

  private CampaignResponse transition(Authentication authentication, String id, CampaignTransition transition) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    return CampaignResponse.of(campaigns.transition(Access.tenantOf(caller), uuid(id), transition, caller.actor()));
  }

  private void checkRules(CampaignRequest request) {
    List<Problem.FieldError> errors = CampaignRules.check(request, LocalDate.now(clock));
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.", errors);
    }
  }

  private static UUID uuid(String id) {
    return PathIds.require(id, "Campaign");
  }

  private static String etag(Campaign campaign) {
    return ETags.of(campaign.version());
  }

  private static ProblemException invalid(String field, String reason) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, "One or more parameters are invalid; see errors.",
        List.of(new Problem.FieldError(field, reason)));
  }

  @Serdeable
  record CampaignResponse(String id, String state, long version, CampaignRequest campaign, String createdBy, Instant createdAt,
      Instant updatedAt) {
    static CampaignResponse of(Campaign c) {
      return new CampaignResponse(c.id().toString(), c.state().wire(), c.version(), c.content(), c.createdBy(), c.createdAt(), c.updatedAt());
    }
  }

  @Serdeable
  record CampaignPage(List<CampaignResponse> items, @Nullable String nextCursor) {}

  @Serdeable
  record History(List<Item> items) {
    @Serdeable
    record Item(@Nullable String from, String to, String actor, Instant at) {}
  }
}
