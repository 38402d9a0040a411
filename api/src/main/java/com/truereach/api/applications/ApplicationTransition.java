package com.truereach.api.applications;

import com.truereach.api.events.EventType;
import java.util.Set;

/**
 * The changes of state an application allows, who may make each (the brand or the creator) and the
 * event each emits. Anything else is a conflict (409) that changes nothing.
 */
enum ApplicationTransition {
  SHORTLIST(Side.BRAND, Set.of(ApplicationState.SUBMITTED), ApplicationState.SHORTLISTED, EventType.APPLICATION_SHORTLISTED),
  ACCEPT(Side.BRAND, Set.of(ApplicationState.SUBMITTED, ApplicationState.SHORTLISTED), ApplicationState.ACCEPTED,
      EventType.APPLICATION_ACCEPTED),
  DECLINE(Side.BRAND, Set.of(ApplicationState.SUBMITTED, ApplicationState.SHORTLISTED), ApplicationState.DECLINED,
      EventType.APPLICATION_DECLINED),
  WITHDRAW(Side.CREATOR, Set.of(ApplicationState.SUBMITTED, ApplicationState.SHORTLISTED), ApplicationState.WITHDRAWN,
      EventType.APPLICATION_WITHDRAWN);

  /** Which party of an application acts. */
  enum Side { BRAND, CREATOR }

  private final Side side;
  private final Set<ApplicationState> from;
  private final ApplicationState to;
  private final EventType event;

  ApplicationTransition(Side side, Set<ApplicationState> from, ApplicationState to, EventType event) {
    this.side = side;
    this.from = from;
    this.to = to;
    this.event = event;
  }

  Side side() {
    return side;
  }

  boolean allowedFrom(ApplicationState state) {
    return from.contains(state);
  }

  ApplicationState target() {
    return to;
  }

  EventType event() {
    return event;
  }

  /** Why the transition is refused from this state, for the problem document. */
  String refusal(ApplicationState state) {
    String verb = switch (this) {
      case SHORTLIST -> "shortlisted: only a submitted application can";
      case ACCEPT -> "accepted: only a submitted or shortlisted application can";
      case DECLINE -> "declined: only a submitted or shortlisted application can";
      case WITHDRAW -> "withdrawn: only a submitted or shortlisted application can";
    };
    return "This application is " + state.wire() + " and cannot be " + verb + ".";
  }
}
