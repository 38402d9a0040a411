package com.truereach.api.authenticity;

import com.truereach.api.creators.Creator;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.MetricsMapping;
import com.truereach.api.scoring.CurrentBenchmarks;
import com.truereach.matching.authenticity.AccountClassification;
import com.truereach.matching.authenticity.AudienceCredibility;
import com.truereach.matching.authenticity.FollowerClass;
import com.truereach.matching.authenticity.FollowerClassifier;
import com.truereach.matching.authenticity.ShareEstimate;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.benchmarks.RobustSpread;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.signals.AuthenticityScore;
import com.truereach.matching.signals.CreatorScore;
import com.truereach.matching.signals.CreatorScorer;
import com.truereach.matching.signals.SignalResult;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains one creator's authenticity: scores their main account (the one the index ranks them
 * by) against the benchmarks in use, exactly as the indexer does, and keeps every reason.
 */
@Singleton
class CreatorAuthenticity {

  private final CreatorScorer scorer = CreatorScorer.standard();
  private final FollowerClassifier classifier = FollowerClassifier.loadDefault();
  private final CurrentBenchmarks benchmarks;
  private final Clock clock;

  CreatorAuthenticity(CurrentBenchmarks benchmarks, Clock clock) {
    this.benchmarks = benchmarks;
    this.clock = clock;
  }

  AuthenticityReport explain(Creator creator) {
    CreatorProfile profile = creator.profile();
    var main = MetricsMapping.mainAccount(profile);
    if (main.isEmpty()) {
      return AuthenticityReport.unscored(creator.id().toString(), clock.instant());
    }
    CreatorProfile.Account account = main.get();
    CreatorMetrics metrics = MetricsMapping.metrics(creator.id().toString(), profile, account);
    BenchmarkCell cell = benchmarks.get().cellFor(metrics);
    CreatorScore score = scorer.score(metrics, cell);
    AuthenticityScore authenticity = score.authenticity();
    List<AuthenticityReport.Signal> signals = authenticity.reasons().stream()
        .map(result -> signal(authenticity, result))
        .toList();
    return new AuthenticityReport(
        creator.id().toString(),
        true,
        null,
        account.platform(),
        account.handle(),
        authenticity.score(),
        authenticity.confidence(),
        new AuthenticityReport.Reach(score.organicReach().people(), score.organicReach().verified(), score.organicReach().explanation()),
        benchmark(cell),
        signals,
        credibility(metrics),
        classifier.modelVersion(),
        clock.instant());
  }

  /** Signals as the engine sorts them: strongest effect on the score first. */
  private static AuthenticityReport.Signal signal(AuthenticityScore authenticity, SignalResult result) {
    return new AuthenticityReport.Signal(result.name(), finite(result.value()), finite(result.benchmark()), result.weight(),
        result.health(), result.confidence(), authenticity.pointsLostTo(result), result.reason());
  }

  private AuthenticityReport.Benchmark benchmark(BenchmarkCell cell) {
    Map<String, AuthenticityReport.Spread> figures = new LinkedHashMap<>();
    figures.put("engagementRate", spread(cell.engagementRate()));
    figures.put("monthlyGrowth", spread(cell.monthlyGrowth()));
    figures.put("likesPerComment", spread(cell.likesPerComment()));
    figures.put("reachRate", spread(cell.reachRate()));
    return new AuthenticityReport.Benchmark(cell.platform().name().toLowerCase(Locale.ROOT), cell.country(), cell.tier().label(),
        cell.creatorCount(), cell.source().name().toLowerCase(Locale.ROOT), cell.explanation(),
        benchmarks.computedAt().orElse(null), figures);
  }

  private static AuthenticityReport.Spread spread(RobustSpread spread) {
    return new AuthenticityReport.Spread(finite(spread.median()), finite(spread.lowerQuartile()), finite(spread.upperQuartile()),
        spread.count());
  }

  /** The same follower sample the audience-credibility signal read, classified once more for its shares. */
  private AuthenticityReport.Credibility credibility(CreatorMetrics metrics) {
    List<AccountClassification> sample = metrics.followerSample().stream().map(classifier::classify).toList();
    AudienceCredibility credibility = AudienceCredibility.of(sample);
    if (credibility instanceof AudienceCredibility.Estimate estimate) {
      Map<String, AuthenticityReport.Share> classes = new LinkedHashMap<>();
      for (FollowerClass followerClass : FollowerClass.values()) {
        classes.put(followerClass.wireName(), share(estimate.shareOf(followerClass)));
      }
      return new AuthenticityReport.Credibility(estimate.sampleSize(), null, share(estimate.credibleShare()), classes);
    }
    return new AuthenticityReport.Credibility(0, ((AudienceCredibility.NoEvidence) credibility).explanation(), null, null);
  }

  private static AuthenticityReport.Share share(ShareEstimate estimate) {
    return new AuthenticityReport.Share(estimate.share(), estimate.lower(), estimate.upper());
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
