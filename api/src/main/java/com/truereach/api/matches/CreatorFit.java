package com.truereach.api.matches;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.truereach.api.search.RankingFacts;
import com.truereach.api.search.CreatorIndex;
import com.truereach.api.search.SearchUnavailableException;
import com.truereach.matching.ranking.Brief;
import com.truereach.matching.ranking.Candidate;
import com.truereach.matching.ranking.RankCreatorsForBrief;
import com.truereach.matching.ranking.RankedCreator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The brief ranking turned around: how well one creator fits each of several briefs. For a fixed
 * creator their own rate is the same divisor for every brief, so briefs compare by the expected
 * engaged audience inside each brief's target (organic reach × audience in target × niche relevance ×
 * authenticity). Whether the creator's platform and listed rate fall within a brief is reported
 * beside the figure rather than hiding the brief, so a creator can still decide to apply.
 */
@Singleton
public class CreatorFit {

  private final ElasticsearchClient client;
  private final CreatorIndex index;
  private final RankCreatorsForBrief ranking = new RankCreatorsForBrief();

  CreatorFit(ElasticsearchClient client, CreatorIndex index) {
    this.client = client;
    this.index = index;
  }

  /** The creator as ranking sees them (from the index's precomputed fields), or empty when not indexed and scored yet. */
  public Optional<Candidate> candidate(String creatorId, LocalDate today) {
    try {
      // The same facts the brief ranking reads, so a creator sees the figures brands rank them by.
      SearchResponse<Void> found = client.search(s -> s.index(index.alias()).size(1)
          .query(q -> q.ids(i -> i.values(creatorId)))
          .source(src -> src.fetch(false)).storedFields("_none_").docvalueFields(d -> d.field(RankingFacts.FIELD)), Void.class);
      return found.hits().hits().stream().findFirst().flatMap(RankingFacts::valueOf).flatMap(RankingFacts::read)
          .flatMap(facts -> CandidateFromIndex.of(facts, today));
    } catch (ElasticsearchException e) {
      throw new SearchUnavailableException("creator lookup failed", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("search is unavailable", e);
    }
  }

  /** How the candidate fits one brief. */
  public Fit fit(Candidate candidate, Brief brief) {
    Brief anyPriceAnyPlatform = new Brief(brief.niches(), brief.keywords(), brief.target(), Set.of(), 0, Long.MAX_VALUE,
        candidate.rate().currency());
    RankedCreator ranked = ranking.rank(anyPriceAnyPlatform, List.of(candidate), 1).get(0);
    boolean platformMatches = brief.platforms().isEmpty() || brief.platforms().contains(candidate.platform());
    long rate = candidate.rate().minorUnits();
    boolean rateInRange = candidate.rate().currency().equals(brief.currency()) && rate >= brief.minimumRate() && rate <= brief.maximumRate();
    List<MatchResult.Part> parts = ranked.parts().stream()
        .filter(p -> !p.name().equals("cost"))
        .map(p -> new MatchResult.Part(p.name(), p.value(), p.explanation())).toList();
    return new Fit(ranked.engagedInTarget(), parts, platformMatches, rateInRange,
        candidate.platform().name().toLowerCase(Locale.ROOT), candidate.rate().minorUnits(), candidate.rate().currency());
  }

  /**
   * One brief's fit for the creator.
   *
   * @param engagedInTarget expected engaged people inside the brief's target for one post
   * @param parts the factors of that figure, each with its sentence
   */
  public record Fit(double engagedInTarget, List<MatchResult.Part> parts, boolean platformMatches, boolean rateInRange,
      String mainPlatform, long listedRate, String listedCurrency) {}
}
