package com.truereach.api.scoring;

import com.truereach.api.creators.CreatorId;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Which creators feed a benchmark run: the {@code limit} whose ids end in the smallest random
 * bits (a bottom-k sample), so each creator has the same chance. Creator ids are ordered by
 * creation time (version 7, ADR 0014), so the first creators in id order would be the oldest, not
 * a fair sample; the 62 bits at the end of an id are random whatever its version. The choice
 * depends on the ids alone: the same creators are chosen run after run while the catalogue holds
 * them, which keeps successive benchmarks comparable.
 */
final class UniformSample {
  private static final long RANDOM_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

  private final long threshold;

  private UniformSample(long threshold) {
    this.threshold = threshold;
  }

  static Chooser choosing(int limit) {
    return new Chooser(limit);
  }

  boolean keeps(CreatorId id) {
    return randomBits(id) < threshold;
  }

  private static long randomBits(CreatorId id) {
    return id.value().getLeastSignificantBits() & RANDOM_BITS;
  }

  /** Sees every id once, in any order, holding only the {@code limit} smallest random parts. */
  static final class Chooser {
    private final int limit;
    private final PriorityQueue<Long> smallest;

    private Chooser(int limit) {
      this.limit = limit;
      this.smallest = new PriorityQueue<>(Math.min(limit, 1 << 16), Comparator.reverseOrder());
    }

    void offer(CreatorId id) {
      long bits = randomBits(id);
      if (smallest.size() < limit) {
        smallest.add(bits);
      } else if (bits < smallest.peek()) {
        smallest.poll();
        smallest.add(bits);
      }
    }

    UniformSample chosen() {
      return new UniformSample(smallest.size() < limit ? Long.MAX_VALUE : smallest.peek() + 1);
    }
  }
}
