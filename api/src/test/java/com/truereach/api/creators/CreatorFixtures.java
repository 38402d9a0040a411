package com.truereach.api.creators;

/** Request bodies named after the creators they describe. */
public final class CreatorFixtures {

  private CreatorFixtures() {}

  public static String aNicheCreatorFromLyon(String externalId) {
    return """
        {"externalId": "%s", "displayName": "Camille Lumière", "bio": "Slow cooking and natural wine in Lyon",
         "country": "FR", "languages": ["fr", "en"], "niches": ["food"]}
        """.formatted(externalId);
  }

  public static String aFitnessCreatorFromBerlin(String externalId) {
    return """
        {"externalId": "%s", "displayName": "Jonas Kraft", "bio": "Calisthenics and running in Berlin",
         "country": "DE", "languages": ["de"], "niches": ["fitness"]}
        """.formatted(externalId);
  }
}
