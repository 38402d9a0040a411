package com.truereach.api.matches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Permission;
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

/**
 * A brief in, ranked creators out: candidates from the index, then matching's ranking by expected
 * engaged audience inside the target per unit of cost. Reads only; stores nothing.
 */
@Tag(name = "Matches")
@Controller("/v1/matches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchesController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Access access;
  private final BriefMatches briefMatches;

  MatchesController(Access access, BriefMatches briefMatches) {
    this.access = access;
    this.briefMatches = briefMatches;
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
    return briefMatches.rank(request.brief(), request.limit());
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
