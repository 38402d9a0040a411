package com.truereach.api.applications;

import com.truereach.api.campaigns.Campaign;
import com.truereach.api.campaigns.CampaignRequest;
import com.truereach.api.matches.CreatorFit;
import com.truereach.api.matches.MatchResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the workflow's routes answer, for either side. */
final class ApplicationViews {

  private ApplicationViews() {}

  @Serdeable
  record ApplicationView(String id, String campaignId, String campaignTitle, String creatorId, String creatorName,
      @Nullable String invitationId, String pitch, CampaignRequest.Amount proposedRate, List<CampaignRequest.Deliverable> deliverablePlan,
      String state, long version, Instant createdAt, Instant updatedAt, @Nullable List<StepView> history) {

    static ApplicationView of(Application a) {
      return of(a, null);
    }

    static ApplicationView of(Application a, @Nullable List<Applications.Step> history) {
      return new ApplicationView(a.id().toString(), a.campaignId().toString(), a.campaignTitle(), a.creatorId().toString(), a.creatorName(),
          a.invitationId().map(UUID::toString).orElse(null), a.proposal().pitch(), a.proposal().proposedRate(),
          a.proposal().deliverablePlan(), a.state().wire(), a.version(), a.createdAt(), a.updatedAt(),
          history == null ? null : history.stream().map(s -> new StepView(s.from(), s.to(), s.actor(), s.reason(), s.at())).toList());
    }
  }

  @Serdeable
  record StepView(@Nullable String from, String to, String actor, String reason, Instant at) {}

  @Serdeable
  record ApplicationList(List<ApplicationView> items, long acceptedTotal, @Nullable Long budget) {}

  @Serdeable
  record InvitationView(String id, String campaignId, String campaignTitle, String creatorId, String creatorName, String message,
      String state, Instant createdAt, @Nullable Instant respondedAt, @Nullable String applicationId) {

    static InvitationView of(Invitation i) {
      return new InvitationView(i.id().toString(), i.campaignId().toString(), i.campaignTitle(), i.creatorId().toString(), i.creatorName(),
          i.message(), i.state().wire(), i.createdAt(), i.respondedAt().orElse(null), i.applicationId().map(UUID::toString).orElse(null));
    }
  }

  @Serdeable
  record InvitationList(List<InvitationView> items) {}

  /** The answer to inviting several creators: who was invited now and who had been already. */
  @Serdeable
  record InvitationOutcome(List<InvitationView> invited, List<String> alreadyInvited) {}

  @Serdeable
  record MessageView(String id, String sender, String author, String body, Instant sentAt, @Nullable Instant readAt) {
    static MessageView of(Message m) {
      return new MessageView(m.id().toString(), m.sender().wire(), m.author(), m.body(), m.sentAt(), m.readAt().orElse(null));
    }
  }

  @Serdeable
  record MessageList(List<MessageView> items, long unread) {}

  /** A campaign as creators see it: the brief and the per-creator rate range, not the brand's total budget. */
  @Serdeable
  record MarketplaceCampaign(String id, String title, String description, List<String> niches, List<String> targetCountries,
      List<String> languages, List<String> ageBands, List<String> platforms, List<CampaignRequest.Deliverable> deliverables,
      long rateMin, long rateMax, String currency, LocalDate startsOn, LocalDate endsOn, String usageRights, String visibility,
      String state) {

    static MarketplaceCampaign of(Campaign c) {
      CampaignRequest r = c.content();
      return new MarketplaceCampaign(c.id().toString(), r.title(), r.description(), r.niches(), r.targetCountries(), r.languages(),
          r.ageBands(), r.platforms(), r.deliverables(), r.rateRange().min(), r.rateRange().max(), r.budget().currency(), r.startsOn(),
          r.endsOn(), r.usageRights(), r.visibility(), c.state().wire());
    }
  }

  /** How the creator fits a campaign: expected engaged audience in its target and the factors, with platform and rate checks. */
  @Serdeable
  record FitView(double engagedInTarget, List<MatchResult.Part> parts, boolean platformMatches, boolean rateInRange, String summary) {
    static FitView of(CreatorFit.Fit fit, MarketplaceCampaign campaign) {
      String summary = String.format(java.util.Locale.ROOT, "About %,.0f engaged people in this campaign's target per post.", fit.engagedInTarget());
      if (!fit.platformMatches()) {
        summary += " Your main platform, " + fit.mainPlatform() + ", is not one this campaign uses.";
      }
      if (!fit.rateInRange()) {
        summary += String.format(java.util.Locale.ROOT, " Your listed rate (%d %s) is outside its range of %d to %d %s.",
            fit.listedRate(), fit.listedCurrency(), campaign.rateMin(), campaign.rateMax(), campaign.currency());
      }
      return new FitView(fit.engagedInTarget(), fit.parts(), fit.platformMatches(), fit.rateInRange(), summary);
    }
  }

  @Serdeable
  record OpenCampaign(int rank, MarketplaceCampaign campaign, @Nullable FitView fit, @Nullable InvitationView invitation,
      @Nullable String applicationId, @Nullable String applicationState) {}

  @Serdeable
  record OpenCampaigns(List<OpenCampaign> items, boolean profileScored, String ordering) {}
}
