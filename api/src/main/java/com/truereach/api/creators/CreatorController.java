package com.truereach.api.creators;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import io.micronaut.http.HttpResponse;
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
class CreatorController {

  private final CreatorCatalog catalog;

  CreatorController(CreatorCatalog catalog) {
    this.catalog = catalog;
  }

  @Operation(summary = "Register a creator", description = "Stores the creator; search finds it within seconds.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<CreatorResponse> create(@Valid @Body CreateCreatorRequest request) {
    if (!CountryCodes.isKnown(request.country())) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          "One or more fields are invalid; see errors.",
          List.of(new Problem.FieldError("country", "is not an ISO 3166-1 country code")));
    }
    Creator created = catalog.register(request.toNewCreator());
    return HttpResponse.created(CreatorResponse.of(created), URI.create("/v1/creators/" + created.id()));
  }

  @Operation(summary = "Read one creator")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  CreatorResponse read(@PathVariable String id) {
    return CreatorId.parse(id)
        .flatMap(catalog::find)
        .map(CreatorResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Creator " + id));
  }
}
