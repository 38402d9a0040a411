package com.truereach.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.truereach.api.creators.Creator;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.MetricsMapping;
import com.truereach.api.scoring.CreatorScores;
import java.util.List;
import java.util.Map;

/**
 * A creator in the search index: the text to search, the facts to filter and sort on, all
 * precomputed (the index has no scripting). Rebuilt from PostgreSQL at any time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatorDocument(
    String id,
    String displayName,
    String bio,
    String captions,
    List<String> hashtags,
    String country,
    List<String> languages,
    List<String> niches,
    List<String> platforms,
    String mainPlatform,
    Long followers,
    Double engagementRate,
    Boolean verified,
    Long rateMin,
    String rateCurrency,
    Map<String, Double> audienceCountry,
    Map<String, Double> audienceLanguage,
    Map<String, Double> audienceAge,
    Double authenticity,
    Double authenticityConfidence,
    Long organicReach,
    Boolean organicReachVerified,
    Map<String, Double> nicheShares,
    String audienceProvenance,
    Map<String, Double> reachPerCost,
    String rankingFacts,
    float[] topicVector,
    Long version,
    String updatedAt) {

  private static final int CAPTION_TEXT = 6000;

  static CreatorDocument of(Creator creator, CreatorScores scores) {
    CreatorProfile profile = creator.profile();
    var main = MetricsMapping.mainAccount(profile);
    StringBuilder captions = new StringBuilder();
    java.util.LinkedHashSet<String> hashtags = new java.util.LinkedHashSet<>();
    for (CreatorProfile.Account account : profile.accounts()) {
      for (CreatorProfile.PostRecord post : account.posts()) {
        if (captions.length() < CAPTION_TEXT) {
          captions.append(post.caption()).append('\n');
        }
        hashtags.addAll(post.hashtags());
      }
    }
    var latest = main.flatMap(CreatorProfile.Account::latest);
    var rate = main.flatMap(account -> MetricsMapping.lowestRate(profile, account));
    var audience = main.flatMap(CreatorProfile.Account::audience);
    CreatorScores.Scored scored = main.map(account -> scores.score(creator, account)).orElse(null);
    CreatorDocument document = new CreatorDocument(
        creator.id().toString(),
        profile.displayName(),
        profile.bio(),
        captions.length() > CAPTION_TEXT ? captions.substring(0, CAPTION_TEXT) : captions.toString(),
        List.copyOf(hashtags).subList(0, Math.min(hashtags.size(), 200)),
        profile.country(),
        profile.languages(),
        profile.niches(),
        profile.accounts().stream().map(CreatorProfile.Account::platform).distinct().toList(),
        main.map(CreatorProfile.Account::platform).orElse(null),
        latest.map(CreatorProfile.Snapshot::followers).orElse(null),
        scored == null ? null : scored.engagementRate(),
        latest.map(s -> s.provenance() == CreatorProfile.Provenance.VERIFIED).orElse(false),
        rate.map(CreatorProfile.RateCard::amountMinor).orElse(null),
        rate.map(CreatorProfile.RateCard::currency).orElse(null),
        audience.map(CreatorProfile.Audience::countries).orElse(null),
        audience.map(CreatorProfile.Audience::languages).orElse(null),
        audience.map(a -> ageKeys(a.ages())).orElse(null),
        scored == null ? null : scored.authenticity(),
        scored == null ? null : scored.confidence(),
        scored == null ? null : scored.organicReach(),
        scored == null ? null : scored.reachVerified(),
        scored == null ? null : scored.nicheShares(),
        audience.map(a -> a.provenance().wire()).orElse(null),
        scored == null ? null : ReachPerCost.of(audience.map(CreatorProfile.Audience::countries).orElse(null),
            profile.country(), scored.organicReach(), scored.authenticity(), rate.map(CreatorProfile.RateCard::amountMinor).orElse(null)),
        null,
        scored == null ? null : scored.topicVector(),
        creator.version(),
        creator.updatedAt().toString());
    return document.withRankingFacts(RankingFacts.encode(document));
  }

  private CreatorDocument withRankingFacts(String facts) {
    return new CreatorDocument(id, displayName, bio, captions, hashtags, country, languages, niches, platforms, mainPlatform,
        followers, engagementRate, verified, rateMin, rateCurrency, audienceCountry, audienceLanguage, audienceAge, authenticity,
        authenticityConfidence, organicReach, organicReachVerified, nicheShares, audienceProvenance, reachPerCost, facts,
        topicVector, version, updatedAt);
  }

  /** Field names cannot hold '+': "55+" is indexed as "55plus". */
  static Map<String, Double> ageKeys(Map<String, Double> ages) {
    Map<String, Double> keyed = new java.util.LinkedHashMap<>();
    ages.forEach((band, share) -> keyed.put(band.replace("+", "plus"), share));
    return keyed;
  }
}
