package com.truereach.api.authenticity;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.http.PathIds;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Role;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * TrueReach's operators answer creators' contests: the queue of open ones, oldest first, and an
 * answer (accepted or rejected, with a response the creator reads on their contests). Only people
 * with the operator role; brands, partners and creators are refused.
 */
@Tag(name = "Creators")
@Controller("/v1/contests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ContestReviewController {

  private final Contests contests;
  private final Clock clock;

  ContestReviewController(Contests contests, Clock clock) {
    this.contests = contests;
    this.clock = clock;
  }

  @Operation(summary = "Open contests to review", description = "Operators only. Oldest first, at most 100.")
  @Get(produces = MediaType.APPLICATION_JSON)
  AuthenticityController.ContestList queue(Authentication authentication) {
    requireOperator(authentication);
    return new AuthenticityController.ContestList(contests.open());
  }

  @Operation(summary = "Answer a contest", description = "Operators only. Body: {\"decision\": \"accepted\" | \"rejected\","
      + " \"response\": \"what was found, for the creator\"}. An accepted contest queues the creator for rescoring."
      + " A contest is answered once: 409 after that.")
  @Post(uri = "/{id}/resolution", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  Contests.Contest resolve(Authentication authentication, @PathVariable String id, @Body String body) {
    Caller operator = requireOperator(authentication);
    UUID contestId = PathIds.require(id, "Contest");
    ResolutionRequest request = ResolutionRequest.parse(
        AuthenticityController.readJson(body, "{\"decision\": ..., \"response\": ...}"));
    return contests.resolve(contestId, request.decision(), request.response(), operator.actor(), clock.instant())
        .orElseThrow(() -> contests.find(contestId).isPresent()
            ? new ProblemException(ProblemType.CONFLICT, "This contest has already been answered.")
            : ProblemException.notFound("Contest " + id));
  }

  private static Caller requireOperator(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (!caller.has(Role.OPERATOR) || caller.isPartner()) {
      throw new ProblemException(ProblemType.FORBIDDEN, "Only TrueReach operators review contests");
    }
    return caller;
  }

  /** An answer as sent. */
  record ResolutionRequest(Contests.Decision decision, String response) {

    static ResolutionRequest parse(JsonNode body) {
      List<Problem.FieldError> errors = new ArrayList<>();
      body.fieldNames().forEachRemaining(name -> {
        if (!name.equals("decision") && !name.equals("response")) {
          errors.add(new Problem.FieldError(name, "is not a field of a contest's answer"));
        }
      });
      JsonNode decision = body.get("decision");
      Contests.Decision decided = null;
      if (decision == null || decision.isNull()) {
        errors.add(new Problem.FieldError("decision", "is required: accepted or rejected"));
      } else {
        decided = Contests.Decision.fromWire(decision.isTextual() ? decision.asText() : "").orElse(null);
        if (decided == null) {
          errors.add(new Problem.FieldError("decision", "must be accepted or rejected"));
        }
      }
      String text = ContestText.read(body, "response", "tell the creator what was found", errors);
      if (!errors.isEmpty()) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "The answer has invalid fields; see errors.", errors);
      }
      return new ResolutionRequest(decided, text);
    }
  }
}
