package com.truereach.api.clients;

import com.truereach.api.http.PathIds;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.security.Scope;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Tag(name = "Clients")
@Controller("/v1/clients")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientsController {

  private final ApiClients clients;
  private final Access access;
  private final IdempotentRequests idempotency;

  ClientsController(ApiClients clients, Access access, IdempotentRequests idempotency) {
    this.clients = clients;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(summary = "Create a partner API client (client credentials); the secret is shown once")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> create(
      Authentication authentication,
      @Valid @Body CreateClientRequest request,
      @Nullable @Header(IdempotentRequests.HEADER) String idempotencyKey) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    Set<Scope> scopes = parseScopes(request.scopes());
    var tenant = Access.tenantOf(caller);
    return idempotency.execute(idempotencyKey, tenant.value(), "clients.create", request, () -> {
      ApiClients.CreatedClient created = clients.create(caller, tenant, request.name().strip(), scopes);
      return HttpResponse.created(
          new CreatedClientResponse(ClientResponse.of(created.client()), created.clientSecret()),
          URI.create("/v1/clients/" + created.client().id()));
    }, java.util.Set.of("clientSecret"));
  }

  @Operation(summary = "The tenant's partner API clients")
  @Get(produces = MediaType.APPLICATION_JSON)
  ClientList list(Authentication authentication) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    return new ClientList(clients.list(Access.tenantOf(caller)).stream().map(ClientResponse::of).toList());
  }

  @Operation(summary = "One partner API client")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  ClientResponse read(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    return parse(id).flatMap(uuid -> clients.find(Access.tenantOf(caller), uuid))
        .map(ClientResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Client " + id));
  }

  @Operation(summary = "Revoke a partner API client; its tokens stop working at once")
  @Delete(uri = "/{id}")
  HttpResponse<Void> revoke(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    boolean found = parse(id).map(uuid -> clients.revoke(caller, Access.tenantOf(caller), uuid)).orElse(false);
    if (!found) {
      throw ProblemException.notFound("Client " + id);
    }
    return HttpResponse.noContent();
  }

  private static Optional<UUID> parse(String id) {
    return PathIds.parse(id);
  }

  private static Set<Scope> parseScopes(List<String> names) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int index = i;
      scopes.add(Scope.parse(name).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
          "Unknown scope '" + name + "'.",
          List.of(new Problem.FieldError("scopes[" + index + "]", "must be one of creators:read, creators:write, campaigns:write, matches:read")))));
    }
    return scopes;
  }

  @Serdeable
  record CreateClientRequest(@NotBlank @Size(max = 100) @StorableText String name, @NotEmpty @Size(max = 10) List<@NotBlank String> scopes) {}

  @Serdeable
  record ClientResponse(String id, String clientId, String name, List<String> scopes, Instant createdAt, @Nullable Instant revokedAt) {
    static ClientResponse of(ApiClients.ApiClient client) {
      return new ClientResponse(client.id().toString(), client.clientId(), client.name(),
          client.scopes().stream().map(Scope::value).sorted().toList(), client.createdAt(), client.revokedAt().orElse(null));
    }
  }

  @Serdeable
  record CreatedClientResponse(ClientResponse client, String clientSecret) {}

  @Serdeable
  record ClientList(List<ClientResponse> items) {}
}
