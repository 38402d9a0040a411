package com.truereach.api.applications;

import com.truereach.api.campaigns.Campaign;
import com.truereach.api.campaigns.CampaignRequest;
import com.truereach.api.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a proposal must pass against the campaign it is for; each failure names its field. */
final class ProposalRules {

  private ProposalRules() {}

  static List<Problem.FieldError> check(Proposal proposal, Campaign campaign, LocalDate today) {
    List<Problem.FieldError> errors = new ArrayList<>();
    CampaignRequest terms = campaign.content();
    if (!proposal.proposedRate().currency().equals(terms.budget().currency())) {
      errors.add(new Problem.FieldError("proposedRate.currency", "must be the campaign's currency, " + terms.budget().currency()));
    }
    long rate = proposal.proposedRate().amount();
    if (rate < terms.rateRange().min() || rate > terms.rateRange().max()) {
      errors.add(new Problem.FieldError("proposedRate.amount",
          "must be within the campaign's rate range, " + terms.rateRange().min() + " to " + terms.rateRange().max()));
    }
    for (int i = 0; i < proposal.deliverablePlan().size(); i++) {
      CampaignRequest.Deliverable planned = proposal.deliverablePlan().get(i);
      if (planned.dueOn().isBefore(today)) {
        errors.add(new Problem.FieldError("deliverablePlan[" + i + "].dueOn", "must not be in the past"));
      } else if (planned.dueOn().isBefore(terms.startsOn()) || planned.dueOn().isAfter(terms.endsOn())) {
        errors.add(new Problem.FieldError("deliverablePlan[" + i + "].dueOn",
            "must fall within the campaign, " + terms.startsOn() + " to " + terms.endsOn()));
      }
      if (!terms.platforms().contains(planned.platform())) {
        errors.add(new Problem.FieldError("deliverablePlan[" + i + "].platform", "must be one of the campaign's platforms " + terms.platforms()));
      }
    }
    return errors;
  }
}
