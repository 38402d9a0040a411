package com.truereach.api.matches;

import com.truereach.api.search.CreatorDocument;
import com.truereach.matching.ranking.Brief;
import com.truereach.matching.ranking.Candidate;
import com.truereach.matching.ranking.RankCreatorsForBrief;
import com.truereach.matching.ranking.RankedCreator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A brief in, ranked creators out: candidates from the index, then matching's ranking by expected
 * engaged audience inside the target per unit of cost. Reads only; stores nothing. Used for a brief
 * posted to the API and for a campaign's own brief.
 */
@Singleton
public class BriefMatches {

  private static final Logger LOG = LoggerFactory.getLogger(BriefMatches.class);

  private final MatchCandidates candidates;
  private final RankCreatorsForBrief ranking = new RankCreatorsForBrief();
  private final Clock clock;

  BriefMatches(MatchCandidates candidates, Clock clock) {
    this.candidates = candidates;
    this.clock = clock;
  }

  /** The best {@code limit} creators for the brief. */
  public MatchResult rank(Brief brief, int limit) {
    List<CreatorDocument> found = candidates.find(brief);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Candidate> pool = new ArrayList<>(found.size());
    Map<String, CreatorDocument> documents = new HashMap<>();
    Map<String, Candidate> byId = new HashMap<>();
    for (CreatorDocument document : found) {
      try {
        CandidateFromIndex.of(document, today).ifPresent(candidate -> {
          pool.add(candidate);
          byId.put(candidate.creatorId(), candidate);
          documents.put(candidate.creatorId(), document);
        });
      } catch (RuntimeException unusable) {
        // One malformed document must not fail the brief; it is left out and logged for the indexer's owners.
        LOG.warn("Creator {} left out of matching: {}", document.id(), unusable.getMessage());
      }
    }
    List<RankedCreator> ranked = ranking.rank(brief, pool, limit);
    List<MatchResult.Item> items = ranked.stream()
        .map(r -> item(r, documents.get(r.creatorId()), byId.get(r.creatorId()))).toList();
    return new MatchResult(brief.currency(), pool.size(), MatchResult.FORMULA, items);
  }

  private static MatchResult.Item item(RankedCreator ranked, CreatorDocument document, Candidate candidate) {
    return new MatchResult.Item(ranked.rank(), ranked.creatorId(), document.displayName(),
        candidate.platform().name().toLowerCase(Locale.ROOT), candidate.country(), candidate.followers(),
        new MatchResult.Rate(candidate.rate().minorUnits(), candidate.rate().currency()), ranked.score(), ranked.engagedInTarget(),
        ranked.parts().stream().map(p -> new MatchResult.Part(p.name(), p.value(), p.explanation())).toList());
  }
}
