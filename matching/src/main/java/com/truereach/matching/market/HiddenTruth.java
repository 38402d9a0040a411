package com.truereach.matching.market;

import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.Niche;
import java.util.Map;
import java.util.Set;

/**
 * What is really true of a generated creator, which the observable metrics only reflect with noise,
 * bots and self-interest. Evaluation measures rankings against this, never against the engine's own
 * formulas.
 *
 * @param realFollowers        followers who are real people
 * @param reachedByCountry     real people one organic post reaches, by the country they live in
 * @param ageShares            age distribution of those people
 * @param nicheFocus           how the creator's content truly divides over niches
 * @param audienceInterest     share of the reached people interested in each niche: a focused creator's
 *                             audience came for the subject, a generalist's for the person
 * @param rateMinorUnits       what one post costs (equal to the observed rate)
 */
public record HiddenTruth(
        FraudKind fraud,
        long realFollowers,
        Map<String, Double> reachedByCountry,
        Map<AgeBand, Double> ageShares,
        Map<Niche, Double> nicheFocus,
        Map<Niche, Double> audienceInterest,
        long rateMinorUnits) {

    public HiddenTruth {
        reachedByCountry = Map.copyOf(reachedByCountry);
        ageShares = Map.copyOf(ageShares);
        nicheFocus = Map.copyOf(nicheFocus);
        audienceInterest = Map.copyOf(audienceInterest);
    }

    /**
     * Real people per post inside the target who care about the niches: reached people in the target
     * countries (all when none), speaking a target language (by each country's language mix), of a target
     * age, times the share interested in the wanted niches (capped at 1; all when none).
     */
    public double engagedIn(Set<String> countries, Set<String> languages, Set<AgeBand> ages, Set<Niche> niches) {
        double people = 0;
        for (Map.Entry<String, Double> entry : reachedByCountry.entrySet()) {
            String country = entry.getKey();
            if (!countries.isEmpty() && !countries.contains(country)) {
                continue;
            }
            double speaking = languages.isEmpty() ? 1.0
                    : languages.stream().mapToDouble(language -> World.languageShare(country, language)).sum();
            people += entry.getValue() * Math.min(1.0, speaking);
        }
        double age = ages.isEmpty() ? 1.0 : ages.stream().mapToDouble(band -> ageShares.getOrDefault(band, 0.0)).sum();
        double interest = niches.isEmpty() ? 1.0
                : Math.min(1.0, niches.stream().mapToDouble(niche -> audienceInterest.getOrDefault(niche, 0.0)).sum());
        return people * Math.min(1.0, age) * interest;
    }

    public double totalReached() {
        return reachedByCountry.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
