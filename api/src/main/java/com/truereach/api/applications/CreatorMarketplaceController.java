package com.truereach.api.applications;

import com.truereach.api.campaigns.Campaign;
import com.truereach.api.campaigns.CampaignRequest;
import com.truereach.api.campaigns.Campaigns;
import com.truereach.api.creators.CreatorCaller;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.CreatorScope;
import com.truereach.api.http.PathIds;
import com.truereach.api.matches.CreatorFit;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Caller;
import com.truereach.api.validation.StorableText;
import com.truereach.matching.ranking.Candidate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The creator's side of the marketplace: open campaigns ranked by how well the creator fits each,
 * applying, invitations and the creator's applications. Every call runs in the creator's own scope.
 */
@Tag(name = "Creator marketplace")
@Controller("/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CreatorMarketplaceController {

  static final int OPEN_CAMPAIGNS = 200;

  private final CreatorCaller creatorCaller;
  private final CreatorScope scope;
  private final Applications applications;
  private final Invitations invitations;
  private final CreatorFit fit;
  private final Clock clock;

  CreatorMarketplaceController(CreatorCaller creatorCaller, CreatorScope scope, Applications applications, Invitations invitations,
      CreatorFit fit, Clock clock) {
    this.creatorCaller = creatorCaller;
    this.scope = scope;
    this.applications = applications;
    this.invitations = invitations;
    this.fit = fit;
    this.clock = clock;
  }

  @Operation(summary = "Open campaigns ranked by how well you fit them",
      description = "Published public campaigns still running and those you were invited to, best fit first: expected engaged"
          + " people inside each campaign's target per post (your organic reach × audience in its target × niche relevance ×"
          + " authenticity). Campaigns whose platforms or rate range you miss come after those you meet.")
  @Get(uri = "/campaigns", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.OpenCampaigns openCampaigns(Authentication authentication) {
    CreatorId creator = creatorCaller.require(authentication);
    LocalDate today = today();
    record Snapshot(List<Campaign> campaigns, List<Invitation> invitations, List<Application> applications) {}
    Snapshot snapshot = scope.read(creator, c -> new Snapshot(Campaigns.openTo(c, creator.value(), today, OPEN_CAMPAIGNS),
        invitations.ofCreator(c, creator), applications.ofCreator(c, creator)));
    Map<UUID, Invitation> invitationByCampaign = snapshot.invitations().stream()
        .collect(Collectors.toMap(Invitation::campaignId, Function.identity(), (a, b) -> a));
    Map<UUID, Application> liveApplication = snapshot.applications().stream()
        .filter(a -> a.state() != ApplicationState.WITHDRAWN)
        .collect(Collectors.toMap(Application::campaignId, Function.identity(), (a, b) -> a));
    Optional<Candidate> me = fit.candidate(creator.toString(), today);
    record Scored(Campaign campaign, ApplicationViews.MarketplaceCampaign view, Optional<ApplicationViews.FitView> fit) {}
    List<Scored> scored = new ArrayList<>();
    for (Campaign campaign : snapshot.campaigns()) {
      ApplicationViews.MarketplaceCampaign view = ApplicationViews.MarketplaceCampaign.of(campaign);
      scored.add(new Scored(campaign, view, me.map(candidate ->
          ApplicationViews.FitView.of(fit.fit(candidate, CampaignBrief.of(campaign.content())), view))));
    }
    scored.sort(Comparator.<Scored>comparingInt(s -> s.fit().map(f -> f.platformMatches() && f.rateInRange() ? 0 : 1).orElse(0))
        .thenComparing(Comparator.<Scored>comparingDouble(s -> s.fit().map(ApplicationViews.FitView::engagedInTarget).orElse(0.0)).reversed())
        .thenComparing(s -> s.campaign().createdAt(), Comparator.reverseOrder()));
    List<ApplicationViews.OpenCampaign> items = new ArrayList<>();
    for (Scored s : scored) {
      Optional<Application> mine = Optional.ofNullable(liveApplication.get(s.campaign().id()));
      items.add(new ApplicationViews.OpenCampaign(items.size() + 1, s.view(), s.fit().orElse(null),
          Optional.ofNullable(invitationByCampaign.get(s.campaign().id())).map(ApplicationViews.InvitationView::of).orElse(null),
          mine.map(a -> a.id().toString()).orElse(null), mine.map(a -> a.state().wire()).orElse(null)));
    }
    return new ApplicationViews.OpenCampaigns(items, me.isPresent(), me.isPresent()
        ? "Campaigns you fit on platform and rate first, then by expected engaged people inside each campaign's target per post."
        : "Your profile is not scored yet (it needs a rate and a scored account), so campaigns are newest first.");
  }

  @Operation(summary = "One campaign you can see", description = "Open on the marketplace, or one you were invited to or applied to.")
  @Get(uri = "/campaigns/{id}", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.MarketplaceCampaign campaign(Authentication authentication, @PathVariable String id) {
    CreatorId creator = creatorCaller.require(authentication);
    return ApplicationViews.MarketplaceCampaign.of(visibleCampaign(creator, id));
  }

  @Operation(summary = "Apply to a published campaign",
      description = "Body: {campaignId, pitch (at most 5,000 characters), proposedRate: {amount, currency} within the campaign's"
          + " range, deliverablePlan: [{type, platform, count, dueOn}] on its platforms and within its dates}. Invitation-only"
          + " campaigns take applications through POST /v1/me/invitations/{id}/accept.")
  @Post(uri = "/applications", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<ApplicationViews.ApplicationView> apply(Authentication authentication, @Valid @Body ApplyRequest request) {
    CreatorId creator = creatorCaller.require(authentication);
    UUID campaignId = PathIds.parse(request.campaignId()).orElseThrow(() -> ProblemException.notFound("Campaign " + request.campaignId()));
    Proposal proposal = request.proposal();
    Application created = scope.write(creator, c -> {
      Campaign campaign = Campaigns.visibleToCreator(c, creator.value(), campaignId)
          .orElseThrow(() -> ProblemException.notFound("Campaign " + campaignId));
      if (!campaign.content().visibility().equals("public")) {
        throw new ProblemException(ProblemType.CONFLICT, "This campaign is by invitation only; accept your invitation to apply.");
      }
      checkRules(proposal, campaign);
      return applications.submit(c, creator, campaign, proposal, Optional.empty(), actor(authentication));
    });
    return HttpResponse.created(ApplicationViews.ApplicationView.of(created), URI.create("/v1/me/applications/" + created.id()));
  }

  @Operation(summary = "Your applications, newest first")
  @Get(uri = "/applications", produces = MediaType.APPLICATION_JSON)
  MyApplications myApplications(Authentication authentication) {
    CreatorId creator = creatorCaller.require(authentication);
    return new MyApplications(scope.read(creator, c -> applications.ofCreator(c, creator)).stream()
        .map(ApplicationViews.ApplicationView::of).toList());
  }

  @Operation(summary = "One of your applications, with its history")
  @Get(uri = "/applications/{id}", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationView myApplication(Authentication authentication, @PathVariable String id) {
    CreatorId creator = creatorCaller.require(authentication);
    UUID applicationId = PathIds.require(id, "Application");
    return scope.read(creator, c -> {
      Application found = applications.ofCreator(c, creator, applicationId).orElseThrow(() -> ProblemException.notFound("Application " + id));
      return ApplicationViews.ApplicationView.of(found, applications.history(c, applicationId));
    });
  }

  @Operation(summary = "Withdraw one of your applications", description = "Only while it is submitted or shortlisted.")
  @Post(uri = "/applications/{id}/withdraw", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.ApplicationView withdraw(Authentication authentication, @PathVariable String id) {
    CreatorId creator = creatorCaller.require(authentication);
    UUID applicationId = PathIds.require(id, "Application");
    return ApplicationViews.ApplicationView.of(
        scope.write(creator, c -> applications.withdraw(c, creator, applicationId, actor(authentication))));
  }

  @Operation(summary = "Your invitations, newest first")
  @Get(uri = "/invitations", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.InvitationList myInvitations(Authentication authentication) {
    CreatorId creator = creatorCaller.require(authentication);
    return new ApplicationViews.InvitationList(scope.read(creator, c -> invitations.ofCreator(c, creator)).stream()
        .map(ApplicationViews.InvitationView::of).toList());
  }

  @Operation(summary = "Accept an invitation, which submits your application",
      description = "Body: {pitch, proposedRate, deliverablePlan} as for POST /v1/me/applications.")
  @Post(uri = "/invitations/{id}/accept", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<ApplicationViews.ApplicationView> acceptInvitation(Authentication authentication, @PathVariable String id,
      @Valid @Body Proposal proposal) {
    CreatorId creator = creatorCaller.require(authentication);
    UUID invitationId = PathIds.require(id, "Invitation");
    Application created = scope.write(creator, c -> {
      Invitation invitation = invitations.ofCreator(c, creator, invitationId).orElseThrow(() -> ProblemException.notFound("Invitation " + id));
      Campaign campaign = Campaigns.visibleToCreator(c, creator.value(), invitation.campaignId())
          .orElseThrow(() -> ProblemException.notFound("Invitation " + id));
      if (invitation.state() != Invitation.InvitationState.PENDING) {
        throw new ProblemException(ProblemType.CONFLICT, "This invitation was already " + invitation.state().wire() + ".");
      }
      checkRules(proposal, campaign);
      Application application = applications.submit(c, creator, campaign, proposal, Optional.of(invitationId),
          actor(authentication));
      invitations.answer(c, creator, invitationId, Invitation.InvitationState.ACCEPTED, Optional.of(application.id()));
      return application;
    });
    return HttpResponse.created(ApplicationViews.ApplicationView.of(created), URI.create("/v1/me/applications/" + created.id()));
  }

  @Operation(summary = "Decline an invitation")
  @Post(uri = "/invitations/{id}/decline", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.InvitationView declineInvitation(Authentication authentication, @PathVariable String id) {
    CreatorId creator = creatorCaller.require(authentication);
    UUID invitationId = PathIds.require(id, "Invitation");
    return ApplicationViews.InvitationView.of(
        scope.write(creator, c -> invitations.answer(c, creator, invitationId, Invitation.InvitationState.DECLINED, Optional.empty())));
  }

  private Campaign visibleCampaign(CreatorId creator, String id) {
    UUID campaignId = PathIds.require(id, "Campaign");
    return scope.read(creator, c -> Campaigns.visibleToCreator(c, creator.value(), campaignId))
        .orElseThrow(() -> ProblemException.notFound("Campaign " + id));
  }

  private void checkRules(Proposal proposal, Campaign campaign) {
    List<Problem.FieldError> errors = ProposalRules.check(proposal, campaign, today());
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The proposal does not fit the campaign; see errors.", errors);
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String actor(Authentication authentication) {
    return Caller.of(authentication).actor();
  }

  /** An application as the creator sends it: the campaign and the proposal. */
  @Serdeable
  record ApplyRequest(
      @NotBlank String campaignId,
      @NotBlank @Size(max = 5000) @StorableText String pitch,
      @NotNull @Valid CampaignRequest.Amount proposedRate,
      @NotEmpty @Size(max = 20) List<CampaignRequest.@Valid @NotNull Deliverable> deliverablePlan) {

    Proposal proposal() {
      return new Proposal(pitch, proposedRate, deliverablePlan);
    }
  }

  @Serdeable
  record MyApplications(List<ApplicationViews.ApplicationView> items) {}
}
