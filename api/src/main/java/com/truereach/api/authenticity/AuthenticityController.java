package com.truereach.api.authenticity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.scoring.ScoreHistory;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.security.Role;
import com.truereach.matching.signals.CreatorScorer;
import com.truereach.matching.signals.Signal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A creator's authenticity: the score with every reason, its history, and the creator's requests
 * to correct it. Brands, operators and partners with creators:read read any creator; a creator
 * reads (and contests) only their own profile, and any other id is 404 to them.
 */
@Tag(name = "Creators")
@Controller("/v1/creators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AuthenticityController {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The names a contest may dispute: the engine's own signal names, as the report shows them. */
  private static final Set<String> SIGNALS = CreatorScorer.standardSignals().stream().map(Signal::name)
      .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

  private final CreatorCatalog catalog;
  private final Access access;
  private final CreatorAuthenticity authenticity;
  private final ScoreHistory history;
  private final Contests contests;
  private final IdempotentRequests idempotency;
  private final Clock clock;

  AuthenticityController(CreatorCatalog catalog, Access access, CreatorAuthenticity authenticity, ScoreHistory history,
      Contests contests, IdempotentRequests idempotency, Clock clock) {
    this.catalog = catalog;
    this.access = access;
    this.authenticity = authenticity;
    this.history = history;
    this.contests = contests;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  @Operation(
      summary = "A creator's authenticity score and its reasons",
      description = "Score 0-100, confidence, estimated organic reach with its explanation, the benchmark cell used and"
          + " where it came from, every signal strongest first (value, benchmark, weight, confidence, points lost, reason),"
          + " and audience credibility from the follower sample. See docs/api/authenticity.md.")
  @Get(uri = "/{id}/authenticity", produces = MediaType.APPLICATION_JSON)
  AuthenticityReport read(Authentication authentication, @PathVariable String id) {
    return authenticity.explain(readable(authentication, id));
  }

  @Operation(summary = "How a creator's score moved", description = "Newest first, one entry per change, at most 200.")
  @Get(uri = "/{id}/authenticity/history", produces = MediaType.APPLICATION_JSON)
  History history(Authentication authentication, @PathVariable String id) {
    Creator creator = readable(authentication, id);
    return new History(history.of(creator.id()).stream()
        .map(p -> new History.Entry(p.platform(), p.authenticity(), p.confidence(), p.organicReach(), p.scoredAt()))
        .toList());
  }

  @Operation(
      summary = "Contest your score",
      description = "For the creator who owns the profile. Body: {\"note\": \"what is wrong and why\", \"signal\"?: one of the"
          + " signal names of GET .../authenticity}. One open contest per signal; send Idempotency-Key to retry safely.")
  @Post(uri = "/{id}/contests", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> contest(
      Authentication authentication,
      @PathVariable String id,
      @Body String body,
      @Nullable @Header(IdempotentRequests.HEADER) String idempotencyKey) {
    Caller caller = Caller.of(authentication);
    CreatorId creatorId = CreatorId.parse(id).orElseThrow(() -> ProblemException.notFound("Creator " + id));
    boolean owner = caller.has(Role.CREATOR) && !caller.isPartner()
        && catalog.ownedBy(caller.subject()).filter(creatorId::equals).isPresent();
    if (!owner) {
      if (caller.has(Role.CREATOR) && !caller.isPartner()) {
        throw ProblemException.notFound("Creator " + id);
      }
      access.require(authentication, Permission.READ_CREATORS);
      throw new ProblemException(ProblemType.FORBIDDEN, "Only the creator who owns this profile can contest its score");
    }
    JsonNode request = readJson(body, "{\"note\": ..., \"signal\"?: ...}");
    ContestRequest parsed = ContestRequest.parse(request);
    return idempotency.execute(idempotencyKey, "creator:" + caller.subject(), "authenticity.contest", request.toString(), () -> {
      Creator creator = catalog.find(creatorId).orElseThrow(() -> ProblemException.notFound("Creator " + id));
      AuthenticityReport report = authenticity.explain(creator);
      Instant now = clock.instant();
      Contests.Contest created = contests.open(creatorId, parsed.signal(), parsed.note(), report.score(), report.confidence(),
              caller.actor(), now)
          .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, parsed.signal() == null
              ? "You already have an open contest of your score; it will be reviewed."
              : "You already have an open contest of the " + parsed.signal() + " signal; it will be reviewed."));
      return HttpResponse.status(HttpStatus.CREATED).body(created).contentType(MediaType.APPLICATION_JSON_TYPE)
          .header("Location", "/v1/creators/" + id + "/contests");
    });
  }

  @Operation(summary = "A creator's contests", description = "Newest first, at most 100.")
  @Get(uri = "/{id}/contests", produces = MediaType.APPLICATION_JSON)
  ContestList contests(Authentication authentication, @PathVariable String id) {
    Creator creator = readable(authentication, id);
    return new ContestList(contests.of(creator.id()));
  }

  private Creator readable(Authentication authentication, String id) {
    Caller caller = Caller.of(authentication);
    CreatorId creatorId = CreatorId.parse(id).orElseThrow(() -> ProblemException.notFound("Creator " + id));
    if (caller.has(Role.CREATOR) && !caller.isPartner()) {
      if (catalog.ownedBy(caller.subject()).filter(creatorId::equals).isEmpty()) {
        throw ProblemException.notFound("Creator " + id);
      }
    } else {
      access.require(authentication, Permission.READ_CREATORS);
    }
    return catalog.find(creatorId).orElseThrow(() -> ProblemException.notFound("Creator " + id));
  }

  /** The body as a JSON object, or a problem naming the expected {@code shape}. */
  static JsonNode readJson(String body, String shape) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Send " + shape + " as a JSON object.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** A contest as sent: a note, and optionally the signal it disputes. */
  record ContestRequest(String note, @Nullable String signal) {

    static ContestRequest parse(JsonNode body) {
      List<Problem.FieldError> errors = new ArrayList<>();
      body.fieldNames().forEachRemaining(name -> {
        if (!name.equals("note") && !name.equals("signal")) {
          errors.add(new Problem.FieldError(name, "is not a field of a contest"));
        }
      });
      String text = ContestText.read(body, "note", "say what is wrong and why", errors);
      JsonNode signal = body.get("signal");
      String named = null;
      if (signal != null && !signal.isNull()) {
        if (!signal.isTextual() || !SIGNALS.contains(signal.asText())) {
          errors.add(new Problem.FieldError("signal", "must be one of " + String.join(", ", SIGNALS)));
        } else {
          named = signal.asText();
        }
      }
      if (!errors.isEmpty()) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "The contest has invalid fields; see errors.", errors);
      }
      return new ContestRequest(text, named);
    }
  }

  /** A creator's score over time, newest first. */
  @Serdeable
  record History(List<Entry> items) {
    @Serdeable
    record Entry(String platform, double authenticity, double confidence, long organicReach, Instant scoredAt) {}
  }

  /** A creator's contests, newest first. */
  @Serdeable
  record ContestList(List<Contests.Contest> items) {}
}
