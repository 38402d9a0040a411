package com.truereach.api.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event the marketplace emits, by its wire name. {@code toCreator} says whether the creator
 * concerned sees it among their notifications; {@code toTenant} whether a brand's tenant does (its
 * feed, notifications and webhooks).
 */
public enum EventType {
  CAMPAIGN_PUBLISHED("campaign.published", false, true),
  CAMPAIGN_CLOSED("campaign.closed", false, true),
  CAMPAIGN_CANCELLED("campaign.cancelled", false, true),
  INVITATION_CREATED("invitation.created", true, true),
  INVITATION_ACCEPTED("invitation.accepted", true, true),
  INVITATION_DECLINED("invitation.declined", true, true),
  APPLICATION_SUBMITTED("application.submitted", true, true),
  APPLICATION_SHORTLISTED("application.shortlisted", true, true),
  APPLICATION_ACCEPTED("application.accepted", true, true),
  APPLICATION_DECLINED("application.declined", true, true),
  APPLICATION_WITHDRAWN("application.withdrawn", true, true),
  MESSAGE_SENT("message.sent", true, true),
  /** For the creator alone: an operator answered their contest. */
  CONTEST_RESOLVED("contest.resolved", true, false);

  private final String wire;
  private final boolean toCreator;
  private final boolean toTenant;

  EventType(String wire, boolean toCreator, boolean toTenant) {
    this.wire = wire;
    this.toCreator = toCreator;
    this.toTenant = toTenant;
  }

  public String wire() {
    return wire;
  }

  boolean toCreator() {
    return toCreator;
  }

  public boolean toTenant() {
    return toTenant;
  }

  public static Optional<EventType> fromWire(String name) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
  }
}
