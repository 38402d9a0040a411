package com.truereach.api.campaigns;

import java.util.Set;

/**
 * The changes of state a campaign allows, each a named rule with the states it starts from.
 * Anything else is a conflict (409) that changes nothing.
 */
enum CampaignTransition {
  PUBLISH("publish", Set.of(CampaignState.DRAFT), CampaignState.PUBLISHED),
  CLOSE("close", Set.of(CampaignState.PUBLISHED), CampaignState.CLOSED),
  CANCEL("cancel", Set.of(CampaignState.DRAFT, CampaignState.PUBLISHED), CampaignState.CANCELLED);

  private final String verb;
  private final Set<CampaignState> from;
  private final CampaignState to;

  CampaignTransition(String verb, Set<CampaignState> from, CampaignState to) {
    this.verb = verb;
    this.from = from;
    this.to = to;
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
