package com.truereach.api.applications;

import com.truereach.api.campaigns.CampaignRequest;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.ranking.Brief;
import java.util.Locale;

/** A campaign read as a matching brief: its niches, audience target, platforms and per-creator rate range. */
final class CampaignBrief {

  private CampaignBrief() {}

  static Brief of(CampaignRequest campaign) {
    Brief.Builder brief = Brief.builder();
    campaign.niches().forEach(brief::niche);
    campaign.targetCountries().forEach(brief::country);
    campaign.languages().forEach(brief::language);
    campaign.ageBands().forEach(brief::ageBand);
    campaign.platforms().forEach(p -> brief.platform(Platform.valueOf(p.toUpperCase(Locale.ROOT))));
    return brief.rateRange(campaign.rateRange().min(), campaign.rateRange().max()).currency(campaign.budget().currency()).build();
  }
}
