package com.truereach.api.campaigns;

import java.time.LocalDate;

/** Campaign bodies named after what they are. */
public final class CampaignFixtures {

  private CampaignFixtures() {}

  public static String aSpringFoodCampaign(String title) {
    LocalDate start = LocalDate.now().plusDays(7);
    return """
        {"title": "%s", "description": "Recipes with our spring vegetables",
         "niches": ["food"], "targetCountries": ["FR", "BE"], "languages": ["fr"], "ageBands": ["25-34"],
         "platforms": ["instagram"],
         "deliverables": [{"type": "reel", "platform": "instagram", "count": 2, "dueOn": "%s"}],
         "budget": {"amount": 500000, "currency": "EUR"}, "rateRange": {"min": 20000, "max": 150000},
         "startsOn": "%s", "endsOn": "%s", "usageRights": "Organic reuse for 6 months", "visibility": "public"}
        """.formatted(title, start.plusDays(14), start, start.plusDays(30));
  }
}
