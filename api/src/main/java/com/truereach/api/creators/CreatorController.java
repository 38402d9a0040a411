package com.truereach.api.creators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.ProfileJson;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.http.ETags;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.security.Role;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** One creator: partners upsert by their external id; creators edit their own profile. */
@Tag(name = "Creators")
@Controller("/v1/creators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CreatorController {

  private final CreatorCatalog catalog;
  private final Access access;
  private final IdempotentRequests idempotency;
  private final ProfileParser parser;

  CreatorController(CreatorCatalog catalog, Access access, IdempotentRequests idempotency, Clock clock) {
    this.catalog = catalog;
    this.access = access;
    this.idempotency = idempotency;
    this.parser = new ProfileParser(clock);
  }

  @Operation(
      summary = "Create or update a creator by your external id",
      description = "Body: one creator record (docs/api/creator-record.md). 201 when created, 200 when updated."
          + " Metric history already stored is kept for days the record does not repeat.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> upsert(
      Authentication authentication,
      @Body String body,
      @Nullable @Header(IdempotentRequests.HEADER) String idempotencyKey) {
    Caller caller = access.require(authentication, Permission.WRITE_CREATORS);
    JsonNode record = readJson(body);
    CreatorProfile profile = parse(body);
    if (profile.externalId().isEmpty()) {
      throw invalid(List.of(new Problem.FieldError("externalId", "is required: creators are upserted by your own id")));
    }
    String source = Access.sourceOf(caller);
    return idempotency.execute(idempotencyKey, source, "creators.upsert", record.toString(), () -> {
      UpsertOutcome outcome = catalog.upsert(source, profile);
      Creator creator = catalog.find(outcome.id()).orElseThrow();
      return HttpResponse.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
          .body(CreatorJson.of(creator, source))
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .header("Location", "/v1/creators/" + creator.id())
          .header("ETag", etag(creator));
    });
  }

  @Operation(summary = "Read one creator's full profile", description = "ETag carries the version for If-Match.")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> read(Authentication authentication, @PathVariable String id) {
    Creator creator = readable(authentication, id);
    return HttpResponse.ok(CreatorJson.of(creator, Access.sourceOf(Caller.of(authentication)))).contentType(MediaType.APPLICATION_JSON_TYPE).header("ETag", etag(creator));
  }

  @Operation(
      summary = "Edit your own creator profile",
      description = "For the creator who owns the profile (or an operator). Requires If-Match with the ETag read."
          + " Figures a creator enters are recorded as self_declared.")
  @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> edit(
      Authentication authentication,
      @PathVariable String id,
      @Body String body,
      @Nullable @Header("If-Match") String ifMatch) {
    Caller caller = Caller.of(authentication);
    CreatorId creatorId = CreatorId.parse(id).orElseThrow(() -> ProblemException.notFound("Creator " + id));
    boolean owner = caller.has(Role.CREATOR) && catalog.ownedBy(caller.subject()).filter(creatorId::equals).isPresent();
    if (!owner && !caller.has(Role.OPERATOR)) {
      // Not yours: as far as you can tell, it does not exist for editing.
      throw ProblemException.notFound("Creator " + id);
    }
    if (ifMatch == null) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag from GET /v1/creators/" + id);
    }
    long version = ETags.version(ifMatch);
    readJson(body);
    CreatorProfile profile = parse(body);
    if (owner) {
      profile = SelfDeclared.of(profile);
    }
    Creator updated = catalog.update(creatorId, profile, version);
    return HttpResponse.ok(CreatorJson.of(updated, Access.sourceOf(caller))).contentType(MediaType.APPLICATION_JSON_TYPE).header("ETag", etag(updated));
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

  /**
   * The record in a body {@link #readJson} accepted, read from its bytes as an import line is, so
   * that both refuse the same things (a field given twice, which a tree would hide).
   */
  private CreatorProfile parse(String body) {
    ProfileParser.Result result;
    try {
      result = parser.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
    if (result instanceof ProfileParser.Refused refused) {
      throw invalid(refused.problems().stream().map(p -> new Problem.FieldError(p.field(), p.reason())).toList());
    }
    return ((ProfileParser.Parsed) result).profile();
  }

  private static JsonNode readJson(String body) {
    try {
      JsonNode node = ProfileJson.MAPPER.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Send one creator record as a JSON object.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  private static ProblemException notJson(JsonProcessingException e) {
    return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
  }

  private static ProblemException invalid(List<Problem.FieldError> errors) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.", errors);
  }

  private static String etag(Creator creator) {
    return ETags.of(creator.version());
  }
}
