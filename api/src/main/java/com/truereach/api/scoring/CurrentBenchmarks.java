package com.truereach.api.scoring;

import com.truereach.matching.benchmarks.Benchmarks;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The benchmarks scores are computed against. Until {@link BenchmarkRefresh} has computed them
 * from the catalogue (shortly after start, then on its interval), every cell falls back to the
 * engine's built-in industry norms, which each cell says in its explanation (see Benchmarks'
 * borrowing order).
 */
@Singleton
public class CurrentBenchmarks {

  private volatile Snapshot current = new Snapshot(Benchmarks.compute(List.of()), Optional.empty());

  public Benchmarks get() {
    return current.benchmarks();
  }

  /** When the benchmarks in use were computed from the catalogue; empty while the built-in norms serve. */
  public Optional<Instant> computedAt() {
    return current.computedAt();
  }

  /** Swaps in freshly computed benchmarks. */
  public void replace(Benchmarks benchmarks) {
    replace(benchmarks, Instant.now());
  }

  /** Swaps in benchmarks computed at the given moment; readers see the old or the new pair, never a mix. */
  public void replace(Benchmarks benchmarks, Instant computedAt) {
    current = new Snapshot(benchmarks, Optional.of(computedAt));
  }

  private record Snapshot(Benchmarks benchmarks, Optional<Instant> computedAt) {}
}
