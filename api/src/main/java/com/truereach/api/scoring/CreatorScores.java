package com.truereach.api.scoring;

import com.truereach.api.creators.Creator;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.MetricsMapping;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.signals.CreatorScore;
import com.truereach.matching.signals.CreatorScorer;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Scores a creator with the matching engine (authenticity, organic reach) and computes the facts
 * the index precomputes, so searches and briefs never score at query time.
 */
@Singleton
public class CreatorScores {

  /** Dimensions of the topic vector: one per niche, then hashed hashtag buckets. */
  public static final int TOPIC_DIMENSIONS = 32;

  private final CreatorScorer scorer = CreatorScorer.standard();
  private final CurrentBenchmarks benchmarks;

  public CreatorScores(CurrentBenchmarks benchmarks) {
    this.benchmarks = benchmarks;
  }

  /** The full score, with every signal's reason, for one account of a creator. */
  public CreatorScore explain(Creator creator, CreatorProfile.Account account) {
    CreatorMetrics metrics = MetricsMapping.metrics(creator.id().toString(), creator.profile(), account);
    return scorer.score(metrics, benchmarks.get().cellFor(metrics));
  }

  public Scored score(Creator creator, CreatorProfile.Account account) {
    CreatorMetrics metrics = MetricsMapping.metrics(creator.id().toString(), creator.profile(), account);
    CreatorScore score = scorer.score(metrics, benchmarks.get().cellFor(metrics));
    return new Scored(metrics.engagementRate(), score.authenticity().score(), score.authenticity().confidence(),
        score.organicReach().people(), score.organicReach().verified(), nicheShares(metrics.niches()),
        topicVector(creator.profile(), metrics.niches()));
  }

  /**
   * A creator's topics as a unit vector: the share of their main account's content in each niche,
   * then the hashtags of all their accounts hashed into buckets. Cheap enough to compute for every
   * indexed creator; lookalikes are its nearest neighbours.
   */
  static float[] topicVector(CreatorProfile profile, NicheShares mainAccountNiches) {
    float[] vector = new float[TOPIC_DIMENSIONS];
    var niches = com.truereach.matching.metrics.Niche.values();
    mainAccountNiches.shares().forEach((niche, share) -> vector[niche.ordinal()] += share.floatValue());
    int hashed = TOPIC_DIMENSIONS - niches.length;
    int tags = 0;
    for (CreatorProfile.Account account : profile.accounts()) {
      for (CreatorProfile.PostRecord post : account.posts()) {
        for (String tag : post.hashtags()) {
          int bucket = Math.floorMod(murmur(tag.toLowerCase(Locale.ROOT)), hashed);
          vector[niches.length + bucket] += 1f;
          tags++;
        }
      }
    }
    if (tags > 0) {
      for (int i = niches.length; i < TOPIC_DIMENSIONS; i++) {
        vector[i] = vector[i] / tags * 0.5f;
      }
    }
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      return null;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < vector.length; i++) {
      vector[i] *= scale;
    }
    return vector;
  }

  private static int murmur(String text) {
    int h = 0x9747b28c;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x5bd1e995;
      h ^= h >>> 15;
    }
    return h;
  }

  /** What the index keeps of a score; the topic vector is null when the creator has no topic at all. */
  public record Scored(double engagementRate, double authenticity, double confidence, long organicReach, boolean reachVerified,
      java.util.Map<String, Double> nicheShares, float[] topicVector) {}

  private static java.util.Map<String, Double> nicheShares(NicheShares niches) {
    java.util.Map<String, Double> shares = new java.util.LinkedHashMap<>();
    niches.shares().forEach((niche, share) -> shares.put(niche.wireName(), share));
    return shares;
  }
}
