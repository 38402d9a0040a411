package com.truereach.api.imports;

import com.truereach.api.http.PathIds;
import com.truereach.api.problem.ProblemException;
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
    TenantId tenant = caller.tenant().orElseThrow(() -> new ProblemException(
        com.truereach.api.problem.ProblemType.FORBIDDEN, "Imports are made by a tenant's partner client"));
    UUID job = importer.start(tenant);
    importer.run(tenant, job, body);
    return HttpResponse.created(response(jobs.find(tenant, job).orElseThrow()), URI.create("/v1/imports/" + job));
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

  @Serdeable
  record RejectedLine(int line, String field, String reason) {}
}
