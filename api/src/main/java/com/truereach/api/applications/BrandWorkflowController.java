package com.truereach.api.applications;

import com.truereach.api.campaigns.Campaign;
import com.truereach.api.campaigns.CampaignState;
import com.truereach.api.campaigns.Campaigns;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.http.PathIds;
import com.truereach.api.matches.BriefMatches;
import com.truereach.api.matches.MatchResult;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.shortlists.Shortlists;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import com.truereach.api.validation.StorableText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The brand's side of the workflow: invite creators to a campaign (by id, from a shortlist, or from
 * the campaign's own matches), read who applied, and shortlist, accept or decline.
 */
@Tag(name = "Applications")
@Controller("/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BrandWorkflowController {

  static final int MAX_INVITES = 100;

  private final Access access;
  private final TenantScope scope;
  private final Applications applications;
  private final Invitations invitations;
  private final Shortlists shortlists;
  private final CreatorCatalog catalog;
  private final BriefMatches matches;
  private final Campaigns campaigns;

  BrandWorkflowController(Access access, TenantScope scope, Applications applications, Invitations invitations, Shortlists shortlists,
      CreatorCatalog catalog, BriefMatches matches, Campaigns campaigns) {
    this.campaigns = campaigns;
    this.access = access;
    this.scope = scope;
    this.applications = applications;
    this.invitations = invitations;
    this.shortlists = shortlists;
    this.catalog = catalog;
    this.matches = matches;
  }

  @Operation(summary = "Creators ranked for the campaign's own brief", description = "The ranking of POST /v1/matches for the"
      + " campaign's niches, target, platforms and rate range; invite from it with POST .../invitations.")
  @Get(uri = "/campaigns/{id}/matches", produces = MediaType.APPLICATION_JSON)
  MatchResult campaignMatches(Authentication authentication, @PathVariable String id, @QueryValue @Nullable Integer limit) {
    TenantId tenant = tenantOf(authentication);
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 100) {
      throw invalid("limit", "must be between 1 and 100");
    }
    Campaign campaign = campaign(tenant, id);
    return matches.rank(CampaignBrief.of(campaign.content()), size);
  }

  @Operation(summary = "Invite creators to a published campaign",
      description = "Body: {creatorIds?: [...] (at most 100), shortlistId?: one of your shortlists, message?: text}. Exactly one"
          + " of creatorIds or shortlistId. Creators invited already are listed apart; unknown creators refuse the whole request.")
  @Post(uri = "/campaigns/{id}/invitations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<ApplicationViews.InvitationOutcome> invite(Authentication authentication, @PathVariable String id,
      @Valid @Body InviteRequest request) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    // Unknown campaign first (404), then the invitees (400), then the state under the row lock (409).
    UUID campaignId = campaign(tenant, id).id();
    List<CreatorId> creators = invitees(tenant, request);
    String message = request.message() == null ? "" : request.message().strip();
    return scope.write(tenant, c -> {
      Campaign locked = campaigns.lock(c, tenant, campaignId);
      if (locked.state() != CampaignState.PUBLISHED) {
        throw new ProblemException(ProblemType.CONFLICT, "This campaign is " + locked.state().wire() + "; only a published campaign takes invitations.");
      }
      List<ApplicationViews.InvitationView> invited = new ArrayList<>();
      List<String> already = new ArrayList<>();
      for (CreatorId creator : creators) {
        invitations.invite(c, tenant, locked, creator, message, caller.actor())
            .ifPresentOrElse(i -> invited.add(ApplicationViews.InvitationView.of(i)), () -> already.add(creator.toString()));
      }
      return HttpResponse.status(invited.isEmpty() ? io.micronaut.http.HttpStatus.OK : io.micronaut.http.HttpStatus.CREATED)
          .body(new ApplicationViews.InvitationOutcome(invited, already));
    });
  }

  @Operation(summary = "The campaign's invitations and their answers")
  @Get(uri = "/campaigns/{id}/invitations", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.InvitationList invitations(Authentication authentication, @PathVariable String id) {
    TenantId tenant = tenantOf(authentication);
    Campaign campaign = campaign(tenant, id);
    return new ApplicationViews.InvitationList(scope.read(tenant, c -> invitations.ofCampaign(c, tenant, campaign.id()))
        .stream().map(ApplicationViews.InvitationView::of).toList());
  }

  @Operation(summary = "The campaign's applications, oldest first",
      description = "Optional state filter: submitted, shortlisted, accepted, declined or withdrawn. Also answers the total already"
          + " accepted against the budget.")
  @Get(uri = "/campaigns/{id}/applications", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationList applications(Authentication authentication, @PathVariable String id, @QueryValue @Nullable String state) {
    TenantId tenant = tenantOf(authentication);
    Optional<ApplicationState> filter = Optional.empty();
    if (state != null) {
      try {
        filter = Optional.of(ApplicationState.fromWire(state));
      } catch (IllegalArgumentException e) {
        throw invalid("state", "must be submitted, shortlisted, accepted, declined or withdrawn");
      }
    }
    Optional<ApplicationState> wanted = filter;
    Campaign campaign = campaign(tenant, id);
    return scope.read(tenant, c -> new ApplicationViews.ApplicationList(
        applications.ofCampaign(c, tenant, campaign.id(), wanted).stream().map(ApplicationViews.ApplicationView::of).toList(),
        applications.acceptedTotal(c, campaign.id()), campaign.content().budget().amount()));
  }

  @Operation(summary = "One application to your campaigns, with its history")
  @Get(uri = "/applications/{id}", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationView application(Authentication authentication, @PathVariable String id) {
    TenantId tenant = tenantOf(authentication);
    UUID applicationId = PathIds.require(id, "Application");
    return scope.read(tenant, c -> {
      Application found = applications.ofTenant(c, tenant, applicationId).orElseThrow(() -> ProblemException.notFound("Application " + id));
      return ApplicationViews.ApplicationView.of(found, applications.history(c, applicationId));
    });
  }

  @Operation(summary = "Shortlist a submitted application")
  @Post(uri = "/applications/{id}/shortlist", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationView shortlist(Authentication authentication, @PathVariable String id) {
    return decide(authentication, id, ApplicationTransition.SHORTLIST);
  }

  @Operation(summary = "Accept an application", description = "Refused (409) when it is decided already, when the campaign is not"
      + " published, or when its proposed rate would take accepted applications over the campaign's budget.")
  @Post(uri = "/applications/{id}/accept", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationView accept(Authentication authentication, @PathVariable String id) {
    return decide(authentication, id, ApplicationTransition.ACCEPT);
  }

  @Operation(summary = "Decline an application")
  @Post(uri = "/applications/{id}/decline", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationView decline(Authentication authentication, @PathVariable String id) {
    return decide(authentication, id, ApplicationTransition.DECLINE);
  }

  private ApplicationViews.ApplicationView decide(Authentication authentication, String id, ApplicationTransition transition) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    UUID applicationId = PathIds.require(id, "Application");
    return ApplicationViews.ApplicationView.of(
        scope.write(tenant, c -> applications.decide(c, tenant, applicationId, transition, caller.actor(), "")));
  }

  private List<CreatorId> invitees(TenantId tenant, InviteRequest request) {
    boolean byIds = request.creatorIds() != null && !request.creatorIds().isEmpty();
    boolean byShortlist = request.shortlistId() != null;
    if (byIds == byShortlist) {
      throw invalid("creatorIds", "send either creatorIds or shortlistId");
    }
    Set<CreatorId> wanted = new LinkedHashSet<>();
    if (byShortlist) {
      UUID shortlist = PathIds.parse(request.shortlistId()).orElseThrow(() -> invalid("shortlistId", "is not one of your shortlists"));
      shortlists.creatorsOn(tenant, shortlist).orElseThrow(() -> invalid("shortlistId", "is not one of your shortlists"))
          .forEach(creator -> wanted.add(new CreatorId(creator)));
      if (wanted.isEmpty()) {
        throw invalid("shortlistId", "the shortlist is empty");
      }
      if (wanted.size() > MAX_INVITES) {
        throw invalid("shortlistId", "holds more than " + MAX_INVITES + " creators; invite in smaller lists");
      }
    } else {
      List<Problem.FieldError> errors = new ArrayList<>();
      for (int i = 0; i < request.creatorIds().size(); i++) {
        int at = i;
        CreatorId.parse(request.creatorIds().get(i)).ifPresentOrElse(wanted::add,
            () -> errors.add(new Problem.FieldError("creatorIds[" + at + "]", "is not a creator id")));
      }
      if (!errors.isEmpty()) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.", errors);
      }
    }
    Set<CreatorId> known = new java.util.HashSet<>();
    catalog.findAll(wanted).forEach(creator -> known.add(creator.id()));
    List<Problem.FieldError> unknown = wanted.stream().filter(c -> !known.contains(c))
        .map(c -> new Problem.FieldError("creatorIds", "no creator " + c)).toList();
    if (!unknown.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some creators do not exist; nobody was invited.", unknown);
    }
    return List.copyOf(wanted);
  }

  private TenantId tenantOf(Authentication authentication) {
    return Access.tenantOf(access.require(authentication, Permission.WRITE_CAMPAIGNS));
  }

  private Campaign campaign(TenantId tenant, String id) {
    UUID campaignId = PathIds.require(id, "Campaign");
    return scope.read(tenant, c -> Campaigns.find(c, tenant, campaignId)).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
  }

  private static ProblemException invalid(String field, String reason) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.",
        List.of(new Problem.FieldError(field, reason)));
  }

  /** Whom to invite: creator ids, or everyone on a shortlist; and a note for them. */
  @Serdeable
  record InviteRequest(@Nullable @Size(max = MAX_INVITES) List<String> creatorIds, @Nullable String shortlistId,
      @Nullable @Size(max = 2000) @StorableText String message) {}
}
