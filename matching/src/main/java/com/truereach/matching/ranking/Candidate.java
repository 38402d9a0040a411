package com.truereach.matching.ranking;

import com.truereach.matching.metrics.AudienceShares;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.metrics.Rate;
import com.truereach.matching.signals.CreatorScore;
import java.util.List;
import java.util.Objects;

/**
 * A creator as the search index holds them: the precomputed facts ranking needs, nothing to recompute.
 *
 * @param followers     shown only; ranking uses {@code organicReach}
 * @param organicReach  people one organic post reaches
 * @param reachVerified whether that reach is the platform's verified figure
 */
public record Candidate(
        String creatorId,
        Platform platform,
        String country,
        List<String> languages,
        long followers,
        long organicReach,
        boolean reachVerified,
        double authenticityScore,
        double authenticityConfidence,
        AudienceShares audience,
        NicheShares niches,
        Rate rate) {

    public Candidate {
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(country, "country");
        languages = List.copyOf(languages);
        if (followers < 0 || organicReach < 0) {
            throw new IllegalArgumentException("followers and reach must not be negative");
        }
        if (!(authenticityScore >= 0 && authenticityScore <= 100)) {
            throw new IllegalArgumentException("authenticityScore must be in [0, 100], was " + authenticityScore);
        }
        if (!(authenticityConfidence >= 0 && authenticityConfidence <= 1)) {
            throw new IllegalArgumentException("authenticityConfidence must be in [0, 1], was " + authenticityConfidence);
        }
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(niches, "niches");
        Objects.requireNonNull(rate, "rate");
    }

    public static Candidate of(CreatorMetrics creator, CreatorScore score) {
        return new Candidate(creator.creatorId(), creator.platform(), creator.country(), creator.languages(),
                creator.followers(), score.organicReach().people(), score.organicReach().verified(),
                score.authenticity().score(), score.authenticity().confidence(), creator.audience(), creator.niches(),
                creator.rate());
    }
}
