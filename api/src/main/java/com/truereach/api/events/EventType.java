package com.truereach.api.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event the marketplace emits, by its wire name. {@code toCreator} says whether the creator
 * concerned sees it among their notifications (the brand's tenant always does).
 */
public enum EventType {
  CAMPAIGN_PUBLISHED("campaign.published", false),
  CAMPAIGN_CLOSED("campaign.closed", false),
  CAMPAIGN_CANCELLED("campaign.cancelled", false),
  INVITATION_CREATED("invitation.created", true),
  INVITATION_ACCEPTED("invitation.accepted", true),
  INVITATION_DECLINED("invitation.declined", true),
  APPLICATION_SUBMITTED("application.submitted", true),
  APPLICATION_SHORTLISTED("application.shortlisted", true),
  APPLICATION_ACCEPTED("application.accepted", true),
  APPLICATION_DECLINED("application.declined", true),
  APPLICATION_WITHDRAWN("application.withdrawn", true),
  MESSAGE_SENT("message.sent", true),
  /** For the creator alone: an operator answered their contest. */
  CONTEST_RESOLVED("contest.resolved", true);

  private final String wire;
  private final boolean toCreator;

  EventType(String wire, boolean toCreator) {
    this.wire = wire;
    this.toCreator = toCreator;
  }

  public String wire() {
    return wire;
  }

  boolean toCreator() {
    return toCreator;
  }

  public static Optional<EventType> fromWire(String name) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
  }
}
