package com.truereach.api.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.truereach.api.creators.CatalogStatistics;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.UpsertOutcome;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.outbox.Outbox;
import com.truereach.api.tenancy.TenantId;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a stream of creator records (JSON Lines). Each line is validated on its own and applied
 * atomically: a bad line is reported (line number, field, reason) and the others go on. Valid
 * records are written in batches, each batch one transaction with its outbox entries; progress is
 * committed after every batch so clients can poll the job.
 */
@Singleton
class ImportCreators {

  private static final Logger LOG = LoggerFactory.getLogger(ImportCreators.class);
  static final int BATCH = 500;
  static final int MAX_LINE_BYTES = 1 << 20;
  private static final Duration NO_WAIT_AFTER_STALL = Duration.ofMinutes(1);

  private final CreatorCatalog catalog;
  private final ImportJobs jobs;
  private final ProfileParser parser;
  private final Outbox outbox;
  private final CatalogStatistics statistics;

  ImportCreators(CreatorCatalog catalog, ImportJobs jobs, Outbox outbox, CatalogStatistics statistics, Clock clock) {
    this.catalog = catalog;
    this.statistics = statistics;
    this.jobs = jobs;
    this.outbox = outbox;
    this.parser = new ProfileParser(clock);
  }

  UUID start(TenantId tenant) {
    return jobs.start(tenant);
  }

  /** Reads the whole stream into the job; returns normally even when lines were refused. */
  void run(TenantId tenant, UUID job, InputStream body) {
    Batch batch = new Batch();
    try {
      // Straight from the body: a BufferedInputStream gathering several reads into one loses the
      // bytes of the first when a later one fails; JsonLines gathers them itself and keeps them.
      JsonLines lines = new JsonLines(body, MAX_LINE_BYTES);
      Optional<JsonLines.Line> next;
      while ((next = lines.next()).isPresent()) {
        JsonLines.Line line = next.get();
        if (line.blank()) {
          continue;
        }
        batch.lines++;
        LineResult result = read(line);
        if (result.profile() != null) {
          CreatorProfile profile = result.profile();
          if (!batch.externalIds.add(profile.externalId().orElseThrow())) {
            // The same creator twice in one batch: write what came before, then this line.
            flush(tenant, job, batch);
            batch.externalIds.add(profile.externalId().orElseThrow());
          }
          batch.profiles.add(profile);
          batch.lineNumbers.add(line.number());
        } else {
          batch.rejections.addAll(result.rejections());
        }
        if (batch.profiles.size() >= BATCH || batch.lines >= BATCH * 4) {
          flush(tenant, job, batch);
        }
      }
      flush(tenant, job, batch);
      jobs.finish(tenant, job, Optional.empty());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Import {} stopped: {}", job, e.toString());
      flushQuietly(tenant, job, batch);
      jobs.finish(tenant, job, Optional.of("The upload stopped before its end (" + e.getClass().getSimpleName()
          + "); lines up to the last counted one were processed. Send the rest again: upserts are safe to repeat."));
    }
  }

  private LineResult read(JsonLines.Line line) {
    if (line.json() == null) {
      return LineResult.refused(new ImportJobs.Rejection(line.number(), "", "the line " + line.unreadable()));
    }
    ProfileParser.Result result;
    try {
      result = parser.parse(line.json());
    } catch (JsonProcessingException e) {
      return LineResult.refused(new ImportJobs.Rejection(line.number(), "", "is not valid JSON: " + e.getOriginalMessage()));
    }
    if (result instanceof ProfileParser.Refused refused) {
      return new LineResult(null,
          refused.problems().stream().map(p -> new ImportJobs.Rejection(line.number(), p.field(), p.reason())).toList());
    }
    CreatorProfile profile = ((ProfileParser.Parsed) result).profile();
    if (profile.externalId().isEmpty()) {
      return LineResult.refused(new ImportJobs.Rejection(line.number(), "externalId", "is required: creators are upserted by your own id"));
    }
    return new LineResult(profile, List.of());
  }

  /** A line read: the profile, or why it was refused. */
  private record LineResult(CreatorProfile profile, List<ImportJobs.Rejection> rejections) {
    static LineResult refused(ImportJobs.Rejection rejection) {
      return new LineResult(null, List.of(rejection));
    }
  }

  private void flush(TenantId tenant, UUID job, Batch batch) {
    int created = 0;
    int updated = 0;
    if (!batch.profiles.isEmpty()) {
      awaitIndexBacklog(job, batch);
      List<UpsertOutcome> outcomes;
      try {
        outcomes = catalog.upsertAll(tenant.value(), batch.profiles);
      } catch (CreatorCatalog.CatalogWriteException e) {
        outcomes = oneByOne(tenant, batch);
      }
      for (UpsertOutcome outcome : outcomes) {
        if (outcome == null) {
          continue;
        }
        if (outcome.created()) {
          created++;
        } else {
          updated++;
        }
      }
      statistics.created(created);
    }
    // Every refused line is counted; only the first ones are kept, as only those are shown.
    int room = Math.max(0, ImportJobs.REJECTIONS_SHOWN * 5 - batch.storedRejections);
    List<ImportJobs.Rejection> kept = batch.rejections.size() > room ? batch.rejections.subList(0, room) : batch.rejections;
    jobs.progress(tenant, job, batch.lines, created, updated, kept,
        (int) batch.rejections.stream().map(ImportJobs.Rejection::line).distinct().count());
    batch.storedRejections += kept.size();
    batch.clear();
  }

  /**
   * Lets the index keep up: an upload read faster than the relay indexes would leave a backlog
   * that keeps search behind for minutes after the job says it is done. When the backlog does not
   * shrink (relay or index down), the job goes on without waiting for a minute, then tries again:
   * the catalogue is the truth and the index follows.
   */
  private void awaitIndexBacklog(UUID job, Batch batch) {
    if (!batch.waitForIndex || System.nanoTime() - batch.waitAgainAt < 0) {
      return;
    }
    try {
      if (!outbox.awaitBacklogBelowLimit()) {
        LOG.warn("Import {}: the index backlog did not shrink while waiting; the import goes on without waiting for {}",
            job, NO_WAIT_AFTER_STALL);
        batch.waitAgainAt = System.nanoTime() + NO_WAIT_AFTER_STALL.toNanos();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // The job is stopping: what is read so far is still written, without waiting again.
      batch.waitForIndex = false;
      throw new IllegalStateException("interrupted while waiting for the index backlog", e);
    }
  }

  /** A batch the database refused: apply its records one at a time so only the culprit is refused. */
  private List<UpsertOutcome> oneByOne(TenantId tenant, Batch batch) {
    List<UpsertOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < batch.profiles.size(); i++) {
      try {
        outcomes.add(catalog.upsert(tenant.value(), batch.profiles.get(i)));
      } catch (CreatorCatalog.CatalogWriteException e) {
        batch.rejections.add(new ImportJobs.Rejection(batch.lineNumbers.get(i), "", "could not be stored (" + e.getMessage() + "); send it again"));
        outcomes.add(null);
      }
    }
    return outcomes;
  }

  private void flushQuietly(TenantId tenant, UUID job, Batch batch) {
    try {
      flush(tenant, job, batch);
    } catch (RuntimeException e) {
      LOG.warn("Could not record the last batch of import {}", job, e);
    }
  }

  private static final class Batch {
    final List<CreatorProfile> profiles = new ArrayList<>();
    final List<Integer> lineNumbers = new ArrayList<>();
    final Set<String> externalIds = new HashSet<>();
    final List<ImportJobs.Rejection> rejections = new ArrayList<>();
    int lines;
    int storedRejections;
    boolean waitForIndex = true;
    long waitAgainAt = System.nanoTime();

    void clear() {
      profiles.clear();
      lineNumbers.clear();
      externalIds.clear();
      rejections.clear();
      lines = 0;
    }
  }
}
