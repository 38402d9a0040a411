package com.truereach.api.creators;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

@Tag(name = "Creators")
@Controller("/v1/creators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CreatorController {

  private final CreatorCatalog catalog;
  private final Access access;
  private final IdempotentRequests idempotency;

  CreatorController(CreatorCatalog catalog, Access access, IdempotentRequests idempotency) {
    this.catalog = catalog;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(summary = "Register a creator", description = "Stores the creator; search finds it within seconds.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> create(
      Authentication authentication,
      @Valid @Body CreateCreatorRequest request,
      @Nullable @Header(IdempotentRequests.HEADER) String idempotencyKey) {
    Caller caller = access.require(authentication, Permission.WRITE_CREATORS);
    if (!CountryCodes.isKnown(request.country())) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          "One or more fields are invalid; see errors.",
          List.of(new Problem.FieldError("country", "is not an ISO 3166-1 country code")));
    }
    String owner = caller.tenant().map(Object::toString).orElse("subject:" + caller.subject());
    return idempotency.execute(idempotencyKey, owner, "creators.create", request, () -> {
      Creator created = catalog.register(request.toNewCreator());
      return HttpResponse.created(CreatorResponse.of(created), URI.create("/v1/creators/" + created.id()));
    });
  }

  @Operation(summary = "Read one creator")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  CreatorResponse read(Authentication authentication, @PathVariable String id) {
    access.require(authentication, Permission.READ_CREATORS);
    return CreatorId.parse(id)
        .flatMap(catalog::find)
        .map(CreatorResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Creator " + id));
  }
}
