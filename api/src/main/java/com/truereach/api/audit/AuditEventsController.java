package com.truereach.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Tag(name = "Audit")
@Controller("/v1/audit-events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditEventsController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditLog log;
  private final Access access;

  AuditEventsController(AuditLog log, Access access) {
    this.log = log;
    this.access = access;
  }

  @Operation(summary = "The tenant's audit trail, newest first (tenant admins only)")
  @Get(produces = MediaType.APPLICATION_JSON)
  AuditPage list(Authentication authentication, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 200) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "limit must be between 1 and 200",
          List.of(new Problem.FieldError("limit", "must be between 1 and 200")));
    }
    Optional<Long> before = Optional.empty();
    if (cursor != null) {
      try {
        before = Optional.of(Long.parseLong(cursor));
      } catch (NumberFormatException e) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "cursor is not one this API returned",
            List.of(new Problem.FieldError("cursor", "is not a cursor this API returned")));
      }
    }
    List<AuditLog.AuditEvent> events = log.page(Access.tenantOf(caller), before, size);
    String next = events.size() == size ? String.valueOf(events.get(events.size() - 1).id()) : null;
    return new AuditPage(events.stream().map(AuditEventsController::item).toList(), next);
  }

  private static Item item(AuditLog.AuditEvent event) {
    Map<String, Object> details;
    try {
      details = JSON.convertValue(JSON.readTree(event.details()), Map.class);
    } catch (Exception e) {
      details = Map.of();
    }
    return new Item(String.valueOf(event.id()), event.actor(), event.action(), event.target(), details, event.at());
  }

  @Serdeable
  record AuditPage(List<Item> items, @Nullable String nextCursor) {}

  @Serdeable
  record Item(String id, String actor, String action, @Nullable String target, Map<String, Object> details, Instant at) {}
}
