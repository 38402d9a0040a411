package com.truereach.api.scoring;

import com.truereach.api.creators.CreatorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  private static final Comparator<CreatorId> ID_ORDER = Comparator.comparing(CreatorId::value);

  private final List<CreatorId> ids;

  private UniformSample(List<CreatorId> ids) {
    this.ids = ids;
  }

  static Chooser choosing(int limit) {
    return new Chooser(limit);
  }

  /** The chosen creators in id order, the order PostgreSQL reads them in cheaply. */
  List<CreatorId> ids() {
    return ids;
  }

  private static long randomBits(CreatorId id) {
    return id.value().getLeastSignificantBits() & RANDOM_BITS;
  }

  /** Sees every id once, in any order, holding only the {@code limit} with the smallest random parts. */
  static final class Chooser {
    private final int limit;
    private final PriorityQueue<CreatorId> smallest;

    private Chooser(int limit) {
      this.limit = limit;
      this.smallest = new PriorityQueue<>(Math.min(limit, 1 << 16),
          Comparator.comparingLong(UniformSample::randomBits).reversed());
    }

    void offer(CreatorId id) {
      if (smallest.size() < limit) {
        smallest.add(id);
      } else if (randomBits(id) < randomBits(smallest.peek())) {
        smallest.poll();
        smallest.add(id);
      }
    }

    UniformSample chosen() {
      List<CreatorId> ids = new ArrayList<>(smallest);
      ids.sort(ID_ORDER);
      return new UniformSample(List.copyOf(ids));
    }
  }
}
