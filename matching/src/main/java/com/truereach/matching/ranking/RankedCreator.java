package com.truereach.matching.ranking;

import java.util.List;

/**
 * One creator's place in the ranking for a brief.
 *
 * @param score        expected engaged people inside the target per major unit of currency: the product
 *                     of the parts' values, divided by the cost part
 * @param engagedInTarget expected engaged people inside the target for one post, before cost
 * @param parts        organic reach, audience in target, niche relevance, authenticity and cost, in that order
 */
public record RankedCreator(int rank, String creatorId, double score, double engagedInTarget, List<ScorePart> parts) {

    public RankedCreator {
        parts = List.copyOf(parts);
    }
}
