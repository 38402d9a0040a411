package com.truereach.matching.ranking;

import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.NicheShares;
import java.util.Set;

/**
 * How relevant a creator's content is to the brief's niches, in [0, 1]:
 * <pre>relevance = share of content in the brief's niches × (½ + ½ × concentration)</pre>
 * where concentration is the Herfindahl index of the creator's niche shares. The share alone would
 * already put a creator 90% in the niche ahead of one at 10%; the concentration term adds that a focused
 * creator's audience came for that subject, while a generalist's came for the person. A creator whose
 * content was never classified gets {@link #UNKNOWN_CONTENT}: not zero, since text search found them.
 */
final class NicheRelevance {

    static final double UNKNOWN_CONTENT = 0.1;

    private NicheRelevance() {
    }

    static double of(NicheShares content, Set<Niche> wanted) {
        if (wanted.isEmpty()) {
            return 1.0;
        }
        if (content.shares().isEmpty()) {
            return UNKNOWN_CONTENT;
        }
        double share = 0;
        for (Niche niche : wanted) {
            share += content.share(niche);
        }
        return Math.min(1.0, share) * (0.5 + 0.5 * content.concentration());
    }
}
