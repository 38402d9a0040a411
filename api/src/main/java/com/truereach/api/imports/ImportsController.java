package com.truereach.api.imports;

import com.truereach.api.http.PathIds;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Tag(name = "Imports")
@Controller("/v1/imports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportsController {

  static final String NDJSON = "application/x-ndjson";

  private final ImportCreators importer;
  private final ImportJobs jobs;
  private final Access access;

  ImportsController(ImportCreators importer, ImportJobs jobs, Access access) {
    this.importer = importer;
    this.jobs = jobs;
    this.access = access;
  }

  @Operation(
      summary = "Import creators in bulk (JSON Lines, streamed)",
      description = "One creator record per line (docs/api/creator-record.md), upserted by externalId. The body is"
          + " read as it arrives, in constant memory. Each line is applied atomically or refused with its line"
          + " number, field and reason; the others go on. The answer is the finished job; GET the job's URL from"
          + " another connection to follow progress while the upload runs.")
  @Post(consumes = {NDJSON, "application/jsonl", MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportResponse> upload(Authentication authentication, @Body InputStream body) {
    Caller caller = access.require(authentication, Permission.WRITE_CREATORS);
    TenantId tenant = tenantOf(caller);
    UUID job = importer.start(tenant);
    importer.run(tenant, job, body);
    return HttpResponse.created(response(jobs.find(tenant, job).orElseThrow()), URI.create("/v1/imports/" + job));
  }

  @Operation(
      summary = "Your tenant's imports, newest first",
      description = "Counts only (the refused lines are on each job). While an upload runs, its job is listed here"
          + " with state=running, which is how a client that is still sending finds the job to follow.")
  @Get(produces = MediaType.APPLICATION_JSON)
  ImportList list(Authentication authentication, @QueryValue @Nullable String state, @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String limit) {
    Caller caller = access.require(authentication, Permission.WRITE_CREATORS);
    TenantId tenant = tenantOf(caller);
    List<Problem.FieldError> errors = new ArrayList<>();
    Optional<ImportJobs.ImportState> wanted = Optional.empty();
    if (state != null) {
      wanted = ImportJobs.ImportState.fromWireName(state);
      if (wanted.isEmpty()) {
        errors.add(new Problem.FieldError("state", "must be running, completed or failed"));
      }
    }
    Optional<Instant> before = Optional.empty();
    if (cursor != null) {
      try {
        before = Optional.of(Instant.parse(cursor));
      } catch (DateTimeParseException e) {
        errors.add(new Problem.FieldError("cursor", "is not a cursor this API returned"));
      }
    }
    int size = 20;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > 100) {
        errors.add(new Problem.FieldError("limit", "must be a whole number between 1 and 100"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more parameters are invalid; see errors.", errors);
    }
    List<ImportJobs.ImportJob> page = jobs.recent(tenant, wanted, before, size);
    String next = page.size() == size ? page.get(page.size() - 1).startedAt().toString() : null;
    return new ImportList(page.stream().map(ImportsController::summary).toList(), next);
  }

  @Operation(summary = "An import job: state, counts so far, and refused lines")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  ImportResponse read(Authentication authentication, @PathVariable String id) {
    Caller caller = access.require(authentication, Permission.WRITE_CREATORS);
    return PathIds.parse(id).flatMap(u -> caller.tenant().flatMap(t -> jobs.find(t, u)))
        .map(ImportsController::response)
        .orElseThrow(() -> ProblemException.notFound("Import " + id));
  }

  private static ImportResponse response(ImportJobs.ImportJob job) {
    return new ImportResponse(job.id().toString(), job.state(), job.lines(), job.created(), job.updated(), job.rejected(),
        job.startedAt(), job.finishedAt().orElse(null), job.failure().orElse(null),
        job.rejections().stream().map(r -> new RejectedLine(r.line(), r.field(), r.reason())).toList());
  }

  @Serdeable
  record ImportResponse(
      String id, String state, int lines, int created, int updated, int rejected, Instant startedAt,
      @Nullable Instant finishedAt, @Nullable String failure, List<RejectedLine> rejections) {}

  private static TenantId tenantOf(Caller caller) {
    return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "Imports are made by a tenant's partner client"));
  }

  private static ImportSummary summary(ImportJobs.ImportJob job) {
    return new ImportSummary(job.id().toString(), job.state(), job.lines(), job.created(), job.updated(), job.rejected(),
        job.startedAt(), job.finishedAt().orElse(null), job.failure().orElse(null));
  }

  @Serdeable
  record RejectedLine(int line, String field, String reason) {}

  @Serdeable
  record ImportSummary(
      String id, String state, int lines, int created, int updated, int rejected, Instant startedAt,
      @Nullable Instant finishedAt, @Nullable String failure) {}

  @Serdeable
  record ImportList(List<ImportSummary> items, @Nullable String nextCursor) {}
}
