package com.truereach.api.shortlists;

import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.http.PathIds;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.validation.StorableText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant's private shortlists of creators, filled from search or from matches. */
@Tag(name = "Shortlists")
@Controller("/v1/shortlists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShortlistsController {

  private final Shortlists shortlists;
  private final CreatorCatalog catalog;
  private final Access access;
  private final IdempotentRequests idempotency;

  ShortlistsController(Shortlists shortlists, CreatorCatalog catalog, Access access, IdempotentRequests idempotency) {
    this.shortlists = shortlists;
    this.catalog = catalog;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(summary = "Create a shortlist")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> create(Authentication authentication, @Valid @Body NewShortlist request,
      @Nullable @Header(IdempotentRequests.HEADER) String key) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    return idempotency.execute(key, tenant.value(), "shortlists.create", request, () -> {
      Shortlists.Shortlist created = shortlists.create(tenant, request.name().strip(), caller.actor());
      return HttpResponse.created(ShortlistResponse.of(created, List.of()), URI.create("/v1/shortlists/" + created.id()));
    });
  }

  @Operation(summary = "Your tenant's shortlists")
  @Get(produces = MediaType.APPLICATION_JSON)
  ShortlistList list(Authentication authentication) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    return new ShortlistList(shortlists.list(Access.tenantOf(caller)).stream().map(s -> ShortlistResponse.of(s, null)).toList());
  }

  @Operation(summary = "One shortlist with its creators")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  ShortlistResponse read(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    Shortlists.Shortlist shortlist = existing(tenant, id);
    return ShortlistResponse.of(shortlist, shortlists.entries(tenant, shortlist.id()));
  }

  @Operation(summary = "Put a creator on a shortlist (or replace its note and tags)")
  @Put(uri = "/{id}/creators/{creatorId}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  ShortlistResponse put(Authentication authentication, @PathVariable String id, @PathVariable String creatorId,
      @Valid @Body EntryRequest request) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    Shortlists.Shortlist shortlist = existing(tenant, id);
    CreatorId creator = CreatorId.parse(creatorId).filter(c -> catalog.find(c).isPresent())
        .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED, "No such creator.",
            List.of(new Problem.FieldError("creatorId", "is not a creator of the marketplace"))));
    shortlists.put(tenant, shortlist.id(), creator.value(), request.note() == null ? "" : request.note(),
        request.tags() == null ? List.of() : request.tags(), caller.actor());
    return ShortlistResponse.of(shortlist, shortlists.entries(tenant, shortlist.id()));
  }

  @Operation(summary = "Take a creator off a shortlist")
  @Delete(uri = "/{id}/creators/{creatorId}")
  HttpResponse<Void> remove(Authentication authentication, @PathVariable String id, @PathVariable String creatorId) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    Shortlists.Shortlist shortlist = existing(tenant, id);
    UUID creator = uuid(creatorId, "Creator");
    if (!shortlists.remove(tenant, shortlist.id(), creator)) {
      throw ProblemException.notFound("Creator " + creatorId + " on this shortlist");
    }
    return HttpResponse.noContent();
  }

  @Operation(summary = "Delete a shortlist")
  @Delete(uri = "/{id}")
  HttpResponse<Void> delete(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CAMPAIGNS);
    TenantId tenant = Access.tenantOf(caller);
    if (!shortlists.delete(tenant, existing(tenant, id).id())) {
      throw ProblemException.notFound("Shortlist " + id);
    }
    return HttpResponse.noContent();
  }

  private Shortlists.Shortlist existing(TenantId tenant, String id) {
    return shortlists.find(tenant, uuid(id, "Shortlist")).orElseThrow(() -> ProblemException.notFound("Shortlist " + id));
  }

  private static UUID uuid(String id, String what) {
    return PathIds.require(id, what);
  }

  @Serdeable
  record NewShortlist(@NotBlank @Size(max = 100) @StorableText String name) {}

  @Serdeable
  record EntryRequest(@Nullable @Size(max = 2000) @StorableText String note,
      @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[\\p{L}\\p{N} _-]{1,40}", message = "must be 1 to 40 letters, digits, spaces, _ or -") String> tags) {}

  @Serdeable
  record ShortlistResponse(String id, String name, String createdBy, Instant createdAt, @Nullable List<EntryResponse> creators) {
    static ShortlistResponse of(Shortlists.Shortlist s, @Nullable List<Shortlists.Entry> entries) {
      return new ShortlistResponse(s.id().toString(), s.name(), s.createdBy(), s.createdAt(),
          entries == null ? null : entries.stream().map(e -> new EntryResponse(e.creatorId().toString(), e.note(), e.tags(), e.addedBy(), e.addedAt())).toList());
    }
  }

  @Serdeable
  record EntryResponse(String creatorId, String note, List<String> tags, String addedBy, Instant addedAt) {}

  @Serdeable
  record ShortlistList(List<ShortlistResponse> items) {}
}
