package com.truereach.api.scoring;

import com.truereach.matching.benchmarks.Benchmarks;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The benchmarks scores are computed against. Until benchmarks are computed from the catalogue and
 * stored, every cell falls back to the engine's built-in industry norms, which each cell says in its
 * explanation (see Benchmarks' borrowing order).
 */
@Singleton
public class CurrentBenchmarks {

  private volatile Benchmarks current = Benchmarks.compute(List.of());

  public Benchmarks get() {
    return current;
  }

  /** Swaps in freshly computed benchmarks. */
  public void replace(Benchmarks benchmarks) {
    current = benchmarks;
  }
}
