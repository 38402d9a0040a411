package com.truereach.api.campaigns;

/** Where a campaign is in its life: draft → published → closed, or cancelled. */
public enum CampaignState {
  DRAFT, PUBLISHED, CLOSED, CANCELLED;

  public String wire() {
    return name().toLowerCase();
  }

  static CampaignState fromWire(String value) {
    return valueOf(value.toUpperCase());
  }
}
