package com.truereach.api.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The {@code data} of an event, one record per family. They carry ids, states and amounts, never
 * free text a person wrote (a pitch or a message is read through the API, where access is checked).
 */
public sealed interface EventData {

  /** campaign.published, campaign.closed, campaign.cancelled. */
  @Serdeable
  record CampaignChanged(String campaignId, String title, String state) implements EventData {}

  /** invitation.created, invitation.accepted, invitation.declined. */
  @Serdeable
  record InvitationChanged(String invitationId, String campaignId, String creatorId, String state, @Nullable String applicationId)
      implements EventData {}

  /** application.submitted, .shortlisted, .accepted, .declined, .withdrawn. */
  @Serdeable
  record ApplicationChanged(String applicationId, String campaignId, String creatorId, String state, long proposedRate,
      String currency) implements EventData {}

  /** message.sent: who wrote on which application (the text stays behind the API). */
  @Serdeable
  record MessageSent(String messageId, String applicationId, String campaignId, String creatorId, String sender)
      implements EventData {}

  /** contest.resolved: the answer's decision (its text is read on the creator's contests). */
  @Serdeable
  record ContestResolved(String contestId, String creatorId, @Nullable String signal, String decision) implements EventData {}
}
