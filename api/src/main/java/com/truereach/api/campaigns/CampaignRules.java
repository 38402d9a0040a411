package com.truereach.api.campaigns;

import com.truereach.api.problem.Problem;
import com.truereach.matching.metrics.Niche;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The checks a campaign's fields must pass beyond their shapes; each failure names its field. */
final class CampaignRules {

  private CampaignRules() {}

  static List<Problem.FieldError> check(CampaignRequest campaign, LocalDate today) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < campaign.niches().size(); i++) {
      if (Niche.fromWireName(campaign.niches().get(i)).isEmpty()) {
        errors.add(new Problem.FieldError("niches[" + i + "]", "is not a niche of the taxonomy"));
      }
    }
    try {
      Currency.getInstance(campaign.budget().currency());
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("budget.currency", "is not an ISO 4217 currency"));
    }
    if (campaign.startsOn().isBefore(today)) {
      errors.add(new Problem.FieldError("startsOn", "must not be in the past"));
    }
    if (!campaign.endsOn().isAfter(campaign.startsOn())) {
      errors.add(new Problem.FieldError("endsOn", "must be after startsOn"));
    }
    if (campaign.rateRange().min() > campaign.rateRange().max()) {
      errors.add(new Problem.FieldError("rateRange", "min must not exceed max"));
    }
    if (campaign.rateRange().max() > campaign.budget().amount()) {
      errors.add(new Problem.FieldError("rateRange.max", "must not exceed the budget"));
    }
    for (int i = 0; i < campaign.deliverables().size(); i++) {
      CampaignRequest.Deliverable deliverable = campaign.deliverables().get(i);
      if (deliverable.dueOn().isBefore(campaign.startsOn()) || deliverable.dueOn().isAfter(campaign.endsOn())) {
        errors.add(new Problem.FieldError("deliverables[" + i + "].dueOn", "must fall between startsOn and endsOn"));
      }
      if (!campaign.platforms().contains(deliverable.platform())) {
        errors.add(new Problem.FieldError("deliverables[" + i + "].platform", "must be one of the campaign's platforms"));
      }
    }
    return errors;
  }
}
