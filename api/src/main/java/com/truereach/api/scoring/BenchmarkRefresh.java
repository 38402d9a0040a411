package com.truereach.api.scoring;

import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.MetricsMapping;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.benchmarks.Benchmarks;
import com.truereach.matching.benchmarks.FollowerTier;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Platform;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the benchmarks from the catalogue on a schedule ({@code truereach.benchmarks.interval},
 * 6 h by default, and once {@code truereach.benchmarks.initial-delay} after start, 1 min by
 * default), stores them, and swaps them into {@link CurrentBenchmarks}. At start-up the newest
 * stored run serves until then, so a restart does not score creators against the industry norms.
 *
 * <p>Each creator contributes their main account (the one the index and the scores use). The
 * catalogue is read a page at a time and streamed into {@link Benchmarks#compute}, which keeps
 * four figures per creator, so memory is bounded by {@link BenchmarkConfig#sampleLimit()}, not by
 * the catalogue. Every API instance computes its own copy (they read the same catalogue, so they
 * agree); each run is also stored so that the figures behind any score can be looked up later.
 *
 * <p>Scores already in the search index keep the benchmarks they were computed with until their
 * creator is next reindexed.
 */
@Singleton
public class BenchmarkRefresh {

  private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRefresh.class);

  private final CreatorCatalog catalog;
  private final CurrentBenchmarks current;
  private final StoredBenchmarks stored;
  private final BenchmarkConfig config;
  private final Clock clock;

  BenchmarkRefresh(CreatorCatalog catalog, CurrentBenchmarks current, StoredBenchmarks stored, BenchmarkConfig config, Clock clock) {
    this.catalog = catalog;
    this.current = current;
    this.stored = stored;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${truereach.benchmarks.interval:6h}", initialDelay = "${truereach.benchmarks.initial-delay:1m}")
  void scheduled() {
    if (!config.enabled()) {
      return;
    }
    try {
      Outcome outcome = refresh();
      LOG.info("Benchmarks recomputed from {} creators into {} cells (run {})", outcome.creatorsSampled(), outcome.cells(), outcome.runId());
    } catch (RuntimeException e) {
      LOG.warn("Recomputing benchmarks failed; the previous benchmarks stay in use", e);
    }
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (!config.restoreOnStart()) {
      return;
    }
    try {
      restore().ifPresent(run -> LOG.info("Benchmarks of run {} ({} cells, computed {}) serve until they are recomputed",
          run.runId(), run.cells().size(), run.computedAt()));
    } catch (RuntimeException e) {
      LOG.warn("The stored benchmarks could not be read; the industry norms serve until the recomputation", e);
    }
  }

  /** Swaps in the newest stored run, if any; what start-up runs. */
  public Optional<StoredBenchmarks.StoredRun> restore() {
    Optional<StoredBenchmarks.StoredRun> run = stored.latestRun();
    run.ifPresent(r -> current.replace(Benchmarks.ofCells(r.cells(), config.minimumCreators()), r.computedAt()));
    return run;
  }

  /** Computes, stores and swaps in the benchmarks now; what the schedule runs. */
  public Outcome refresh() {
    Instant started = clock.instant();
    Sample sample = new Sample(catalog, config);
    Benchmarks benchmarks = Benchmarks.compute(sample, config.minimumCreators());
    List<BenchmarkCell> cells = sample.cellsSeen.stream()
        .sorted(Comparator.comparing(CellKey::platform).thenComparing(CellKey::country).thenComparing(CellKey::tier))
        .map(key -> benchmarks.cellFor(key.platform(), key.country(), key.tier()))
        .toList();
    long runId = stored.store(started, sample.taken, config, cells);
    current.replace(benchmarks, started);
    return new Outcome(runId, sample.taken, cells.size(), started);
  }

  /** What one recomputation did. */
  public record Outcome(long runId, int creatorsSampled, int cells, Instant computedAt) {}

  private record CellKey(Platform platform, String country, FollowerTier tier) {}

  /**
   * A uniform sample of the catalogue's creators ({@link UniformSample}, at most the sample limit)
   * as metrics, read lazily a page at a time in id order. Creators without an account, or
   * whose stored figures the engine refuses, are skipped (and logged): one bad record must not
   * stop every benchmark.
   */
  private static final class Sample implements Iterable<CreatorMetrics> {
    private static final int ID_PAGE = 10_000;
    private final CreatorCatalog catalog;
    private final BenchmarkConfig config;
    private final UniformSample chosen;
    private final Set<CellKey> cellsSeen = new LinkedHashSet<>();
    private int taken;
    private boolean iterated;

    Sample(CreatorCatalog catalog, BenchmarkConfig config) {
      this.catalog = catalog;
      this.config = config;
      this.chosen = choose(catalog, config.sampleLimit());
    }

    /** One pass over the ids alone (an index-only scan) chooses the sample; their profiles are read after. */
    private static UniformSample choose(CreatorCatalog catalog, int limit) {
      UniformSample.Chooser chooser = UniformSample.choosing(limit);
      Optional<CreatorId> after = Optional.empty();
      List<CreatorId> ids;
      do {
        ids = catalog.idsAfter(after, ID_PAGE);
        ids.forEach(chooser::offer);
        after = ids.isEmpty() ? after : Optional.of(ids.get(ids.size() - 1));
      } while (ids.size() == ID_PAGE);
      return chooser.chosen();
    }

    @Override
    public Iterator<CreatorMetrics> iterator() {
      if (iterated) {
        throw new IllegalStateException("the catalogue sample is read once");
      }
      iterated = true;
      return new Iterator<>() {
        private final Deque<CreatorMetrics> page = new ArrayDeque<>();
        private final List<CreatorId> ids = chosen.ids();
        private int loaded;

        @Override
        public boolean hasNext() {
          while (page.isEmpty() && loaded < ids.size()) {
            fill();
          }
          return !page.isEmpty();
        }

        @Override
        public CreatorMetrics next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          CreatorMetrics metrics = page.removeFirst();
          taken++;
          cellsSeen.add(new CellKey(metrics.platform(), metrics.country(), FollowerTier.of(metrics.followers())));
          return metrics;
        }

        private void fill() {
          List<CreatorId> batch = ids.subList(loaded, Math.min(loaded + config.pageSize(), ids.size()));
          loaded += batch.size();
          List<Creator> creators = new ArrayList<>(catalog.findAll(batch));
          creators.sort(Comparator.comparing(c -> c.id().value()));
          for (Creator creator : creators) {
            metrics(creator).ifPresent(page::addLast);
          }
        }
      };
    }

    private static Optional<CreatorMetrics> metrics(Creator creator) {
      CreatorProfile profile = creator.profile();
      try {
        return MetricsMapping.mainAccount(profile).map(account -> MetricsMapping.metrics(creator.id().toString(), profile, account));
      } catch (RuntimeException refused) {
        LOG.debug("Creator {} left out of the benchmarks: {}", creator.id(), refused.getMessage());
        return Optional.empty();
      }
    }
  }
}
