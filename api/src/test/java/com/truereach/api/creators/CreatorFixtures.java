package com.truereach.api.creators;

import java.time.LocalDate;

/** Creator records named after the creators they describe. */
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

  /** A full record: an Instagram account with history, posts, audience, follower sample and a rate. */
  public static String aProfiledCreator(String externalId, String name, String country, String niche, long followers,
      String audienceCountry, double audienceShare, long rate, String hashtag) {
    String other = audienceCountry.equals("US") ? "GB" : "US";
    LocalDate today = LocalDate.now();
    return ("""
        {"externalId": "%s", "displayName": "%s", "bio": "All about %s", "country": "%s", "languages": ["en"],
         "niches": ["%s"], "rates": [{"platform": "instagram", "deliverable": "post", "amount": %d, "currency": "EUR"}],
         "accounts": [{"platform": "instagram", "handle": "%s",
           "snapshots": [{"date": "%s", "followers": %d, "following": 300, "posts": 400, "provenance": "verified"},
                         {"date": "%s", "followers": %d, "following": 290, "posts": 380, "provenance": "verified"}],
           "posts": [
             {"publishedAt": "%sT10:00:00Z", "likes": %d, "comments": %d, "shares": 5, "sponsored": false,
              "caption": "A day of %s", "hashtags": ["%s", "%s"], "commentSample": ["Where is this?", "Love the details"]},
             {"publishedAt": "%sT10:00:00Z", "likes": %d, "comments": %d, "shares": 3, "sponsored": true,
              "caption": "Partnered %s post", "hashtags": ["%s"], "commentSample": ["Great tips"]}],
           "audience": {"asOf": "%s", "provenance": "verified",
             "countries": {"%s": %s, "%s": %s}, "languages": {"en": 1.0},
             "ages": {"18-24": 0.4, "25-34": 0.6}, "genders": {"female": 0.5, "male": 0.5}},
           "followerSample": [
             {"username": "anna_b", "hasProfilePicture": true, "postsCount": 120, "followersCount": 340, "followingCount": 280},
             {"username": "user8827361", "hasProfilePicture": false, "postsCount": 0, "followersCount": 2, "followingCount": 4100}]
         }]}
        """).formatted(externalId, name, niche, country, niche, rate, externalId.replaceAll("[^a-z0-9]", ""),
            today.minusDays(1), followers, today.minusDays(31), followers * 95 / 100,
            today.minusDays(3), followers / 30, followers / 600, niche, hashtag, niche,
            today.minusDays(10), followers / 40, followers / 800, niche, hashtag,
            today.minusDays(2), audienceCountry, audienceShare, other, round(1 - audienceShare));
  }

  private static String round(double value) {
    return String.valueOf(Math.round(value * 1000) / 1000.0);
  }
}
