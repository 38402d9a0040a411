package com.truereach.api.notes;

import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.validation.StorableText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A tenant's private note and tags on a creator, visible only to that tenant's people. */
@Tag(name = "Creators")
@Controller("/v1/creators/{id}/notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CreatorNotesController {

  private final CreatorNotes notes;
  private final CreatorCatalog catalog;
  private final Access access;

  CreatorNotesController(CreatorNotes notes, CreatorCatalog catalog, Access access) {
    this.notes = notes;
    this.catalog = catalog;
    this.access = access;
  }

  @Operation(summary = "Your tenant's private note and tags on a creator")
  @Get(produces = MediaType.APPLICATION_JSON)
  NoteResponse read(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    CreatorId creator = existing(id);
    return notes.find(Access.tenantOf(caller), creator)
        .map(n -> new NoteResponse(n.note(), n.tags(), n.updatedAt()))
        .orElse(new NoteResponse("", List.of(), null));
  }

  @Operation(summary = "Replace your tenant's private note and tags on a creator")
  @Put(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  NoteResponse write(Authentication authentication, @PathVariable String id, @Valid @Body NoteRequest request) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    CreatorId creator = existing(id);
    TenantId tenant = Access.tenantOf(caller);
    notes.save(tenant, creator, request.note() == null ? "" : request.note(), request.tags() == null ? List.of() : request.tags(), caller.actor());
    return read(authentication, id);
  }

  private CreatorId existing(String id) {
    return CreatorId.parse(id).filter(c -> catalog.find(c).isPresent()).orElseThrow(() -> ProblemException.notFound("Creator " + id));
  }

  @Serdeable
  record NoteRequest(
      @Nullable @Size(max = 5000) @StorableText String note,
      @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[\\p{L}\\p{N} _-]{1,40}", message = "must be 1 to 40 letters, digits, spaces, _ or -") String> tags) {}

  @Serdeable
  record NoteResponse(String note, List<String> tags, @Nullable Instant updatedAt) {}
}
