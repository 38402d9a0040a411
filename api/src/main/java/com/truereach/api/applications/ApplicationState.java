package com.truereach.api.applications;

/** Where an application is: submitted → shortlisted → accepted or declined, or withdrawn by the creator. */
enum ApplicationState {
  SUBMITTED, SHORTLISTED, ACCEPTED, DECLINED, WITHDRAWN;

  String wire() {
    return name().toLowerCase();
  }

  static ApplicationState fromWire(String value) {
    return valueOf(value.toUpperCase());
  }
}
