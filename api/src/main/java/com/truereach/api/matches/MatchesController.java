package com.truereach.api.matches;

import com.truereach.api.search.CreatorDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Permission;
import com.truereach.matching.ranking.Candidate;
import com.truereach.matching.ranking.RankCreatorsForBrief;
import com.truereach.matching.ranking.RankedCreator;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * engaged audience inside the target per unit of cost. Reads only; stores nothing.
 */
@Tag(name = "Matches")
@Controller("/v1/matches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchesController {

  private static final Logger LOG = LoggerFactory.getLogger(MatchesController.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Access access;
  private final MatchCandidates candidates;
  private final RankCreatorsForBrief ranking = new RankCreatorsForBrief();
  private final Clock clock;

  MatchesController(Access access, MatchCandidates candidates, Clock clock) {
    this.access = access;
    this.candidates = candidates;
    this.clock = clock;
  }

  @Operation(
      summary = "Rank creators for a brief",
      description = "Body: {niches[], keywords?, targetCountries[], languages?, ageBands?, platforms?, rateMin?, rateMax?, budget?,"
          + " currency, limit?}; amounts in minor units. Answers up to limit (default 50, at most 100) creators, best first,"
          + " each with the parts of its score. Brand users, or partners with matches:read. See docs/api/matches.md.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  MatchResult match(Authentication authentication, @Body String body) {
    access.require(authentication, Permission.READ_MATCHES);
    MatchRequest request;
    try {
      request = MatchRequest.parse(readJson(body));
    } catch (MatchRequest.Refused refused) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The brief has invalid fields; see errors.", refused.errors());
    }
    List<CreatorDocument> found = candidates.find(request.brief(), request.firstCountry());
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
    List<RankedCreator> ranked = ranking.rank(request.brief(), pool, request.limit());
    List<MatchResult.Item> items = ranked.stream()
        .map(r -> item(r, documents.get(r.creatorId()), byId.get(r.creatorId()))).toList();
    return new MatchResult(request.brief().currency(), pool.size(), MatchResult.FORMULA, items);
  }

  private static MatchResult.Item item(RankedCreator ranked, CreatorDocument document, Candidate candidate) {
    return new MatchResult.Item(ranked.rank(), ranked.creatorId(), document.displayName(),
        candidate.platform().name().toLowerCase(Locale.ROOT), candidate.country(), candidate.followers(),
        new MatchResult.Rate(candidate.rate().minorUnits(), candidate.rate().currency()), ranked.score(), ranked.engagedInTarget(),
        ranked.parts().stream().map(p -> new MatchResult.Part(p.name(), p.value(), p.explanation())).toList());
  }

  private static JsonNode readJson(String body) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Send one brief as a JSON object.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
