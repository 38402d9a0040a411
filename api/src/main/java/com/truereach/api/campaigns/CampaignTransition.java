package com.truereach.api.campaigns;

import com.truereach.api.events.EventType;
import java.util.Set;

/**
 * The changes of state a campaign allows, each a named rule with the states it starts from.
 * Anything else is a conflict (409) that changes nothing.
 */
enum CampaignTransition {
  PUBLISH("publish", Set.of(CampaignState.DRAFT), CampaignState.PUBLISHED, EventType.CAMPAIGN_PUBLISHED),
  CLOSE("close", Set.of(CampaignState.PUBLISHED), CampaignState.CLOSED, EventType.CAMPAIGN_CLOSED),
  CANCEL("cancel", Set.of(CampaignState.DRAFT, CampaignState.PUBLISHED), CampaignState.CANCELLED, EventType.CAMPAIGN_CANCELLED);

  private final String verb;
  private final Set<CampaignState> from;
  private final CampaignState to;
  private final EventType event;

  CampaignTransition(String verb, Set<CampaignState> from, CampaignState to, EventType event) {
    this.verb = verb;
    this.from = from;
    this.to = to;
    this.event = event;
  }

  EventType event() {
    return event;
  }

  boolean allowedFrom(CampaignState state) {
    return from.contains(state);
  }

  CampaignState target() {
    return to;
  }

  /** Why the transition is refused from this state, for the problem document. */
  String refusal(CampaignState state) {
    return "A " + state.wire() + " campaign cannot be " + switch (this) {
      case PUBLISH -> "published: only drafts can";
      case CLOSE -> "closed: only published campaigns can";
      case CANCEL -> "cancelled: it is already " + state.wire();
    } + ".";
  }

  String verb() {
    return verb;
  }
}
