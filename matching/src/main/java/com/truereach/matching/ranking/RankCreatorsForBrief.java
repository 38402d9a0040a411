package com.truereach.matching.ranking;

import com.truereach.matching.audience.AudienceTarget;
import com.truereach.matching.metrics.Niche;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks candidates for a brief by expected engaged audience inside the target per unit of cost:
 * <pre>score = organic reach × audience share in target × niche relevance × authenticity factor ÷ rate</pre>
 * with the rate in major units, so the score reads "engaged people in the target per euro (or dollar)".
 * Follower counts enter only through organic reach. The authenticity factor believes the score as far as
 * its confidence allows: {@code confidence × score/100 + (1 − confidence) × }{@value #AUTHENTICITY_PRIOR},
 * the prior being the share of genuine creators in a typical catalogue.
 *
 * <p>Candidates outside the brief's platforms, currency or rate range are left out: ranking never
 * converts money. Ties go to the larger engaged audience, then to the smaller creator id, so the order is
 * the same on every run. Explanations are written only for the creators returned.
 */
public final class RankCreatorsForBrief {

    static final double AUTHENTICITY_PRIOR = 0.85;

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Comparator.comparingDouble(Scored::engaged).reversed())
            .thenComparing(scored -> scored.candidate.creatorId());

    /** Every eligible candidate, best first. */
    public List<RankedCreator> rank(Brief brief, Collection<Candidate> candidates) {
        return rank(brief, candidates, Integer.MAX_VALUE);
    }

    /** The best {@code limit} eligible candidates, best first. */
    public List<RankedCreator> rank(Brief brief, Collection<Candidate> candidates, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        Set<Niche> niches = brief.targetNiches();
        AudienceTarget target = brief.target();
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            if (eligible(brief, candidate)) {
                scored.add(score(candidate, target, niches));
            }
        }
        scored.sort(BEST_FIRST);
        int size = Math.min(limit, scored.size());
        List<RankedCreator> ranked = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ranked.add(explain(i + 1, scored.get(i), target, niches));
        }
        return ranked;
    }

    private static boolean eligible(Brief brief, Candidate candidate) {
        long rate = candidate.rate().minorUnits();
        return (brief.platforms().isEmpty() || brief.platforms().contains(candidate.platform()))
                && candidate.rate().currency().equals(brief.currency())
                && rate >= brief.minimumRate() && rate <= brief.maximumRate();
    }

    private static Scored score(Candidate candidate, AudienceTarget target, Set<Niche> niches) {
        double share = target.shareOf(candidate.audience(), candidate.country(), candidate.languages());
        double relevance = NicheRelevance.of(candidate.niches(), niches);
        double authenticity = authenticityFactor(candidate);
        double engaged = candidate.organicReach() * share * relevance * authenticity;
        return new Scored(candidate, share, relevance, authenticity, engaged, engaged / candidate.rate().inMajorUnits());
    }

    static double authenticityFactor(Candidate candidate) {
        double confidence = candidate.authenticityConfidence();
        return confidence * candidate.authenticityScore() / 100 + (1 - confidence) * AUTHENTICITY_PRIOR;
    }

    private static RankedCreator explain(int rank, Scored scored, AudienceTarget target, Set<Niche> niches) {
        Candidate candidate = scored.candidate;
        String currency = candidate.rate().currency();
        List<ScorePart> parts = List.of(
                new ScorePart("organic reach", candidate.organicReach(), String.format(Locale.ROOT,
                        "Reaches about %,d people per organic post (%s).", candidate.organicReach(),
                        candidate.reachVerified() ? "verified views" : "estimated from credible followers")),
                new ScorePart("audience in target", scored.share,
                        target.describe(candidate.audience(), candidate.country(), candidate.languages())),
                new ScorePart("niche relevance", scored.relevance, nicheSentence(candidate, niches, scored.relevance)),
                new ScorePart("authenticity", scored.authenticity, String.format(Locale.ROOT,
                        "Authenticity %.0f/100 with confidence %.0f%% keeps %.0f%% of the audience as believable.",
                        candidate.authenticityScore(), 100 * candidate.authenticityConfidence(), 100 * scored.authenticity)),
                new ScorePart("cost", candidate.rate().inMajorUnits(), String.format(Locale.ROOT,
                        "%,.2f %s per post: %.2f engaged people in the target per %s.",
                        candidate.rate().inMajorUnits(), currency, scored.score, currency)));
        return new RankedCreator(rank, candidate.creatorId(), scored.score, scored.engaged, parts);
    }

    private static String nicheSentence(Candidate candidate, Set<Niche> niches, double relevance) {
        if (niches.isEmpty()) {
            return "The brief names no niche of the taxonomy, so relevance was left to text search.";
        }
        if (candidate.niches().shares().isEmpty()) {
            return "The creator's content has not been classified yet, so relevance is assumed low.";
        }
        double share = niches.stream().mapToDouble(candidate.niches()::share).sum();
        return String.format(Locale.ROOT, "%.0f%% of the content is in the brief's niches, with focus %.2f: relevance %.2f.",
                100 * Math.min(1, share), candidate.niches().concentration(), relevance);
    }

    private record Scored(Candidate candidate, double share, double relevance, double authenticity, double engaged,
                          double score) {
    }
}
