package com.truereach.api.scoring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How benchmarks are recomputed from the catalogue ({@code truereach.benchmarks.*}).
 *
 * @param enabled whether the scheduled recomputation runs (the job can still be run directly)
 * @param sampleLimit at most this many creators feed one computation, each creator with the same
 *     chance (see {@link UniformSample}). Choosing them holds their ids (about 50 bytes each) and
 *     computing keeps four figures per creator (about 60 bytes each), so the default of 200,000
 *     bounds the job to roughly 25 MB plus one page of profiles, whatever the catalogue's size.
 * @param pageSize creators read from PostgreSQL per query
 * @param minimumCreators a cell with fewer creators borrows from its neighbours (see matching's Benchmarks)
 * @param keepRuns computed runs kept in {@code scoring.benchmark_runs}; older ones are deleted
 * @param restoreOnStart whether the newest stored run serves from start-up until the first
 *     recomputation (otherwise the built-in industry norms do)
 */
@ConfigurationProperties("truereach.benchmarks")
public record BenchmarkConfig(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "200000") int sampleLimit,
    @Bindable(defaultValue = "500") int pageSize,
    @Bindable(defaultValue = "30") int minimumCreators,
    @Bindable(defaultValue = "20") int keepRuns,
    @Bindable(defaultValue = "true") boolean restoreOnStart) {

  public BenchmarkConfig {
    if (sampleLimit < 1 || pageSize < 1 || minimumCreators < 1 || keepRuns < 1) {
      throw new IllegalArgumentException("truereach.benchmarks sample-limit, page-size, minimum-creators and keep-runs must be positive");
    }
  }
}
