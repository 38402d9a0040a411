package com.truereach.matching.authenticity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** Turns a verdict into the few sentences that justify it: the strongest inputs, then what was missing. */
final class ReasonWriter {

    /** Enough to justify a verdict; more would bury the strongest evidence. */
    static final int MAX_EVIDENCE_REASONS = 3;
    /** Contributions smaller than this (in log-odds) are noise, not a reason. */
    static final double MIN_REASON_LOG_ODDS = 0.1;

    private final FollowerModel model;

    ReasonWriter(FollowerModel model) {
        this.model = model;
    }

    List<String> forSuspicious(AccountFeatures features, double[] contributions, double probability) {
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "%s likely fake or bought, at or above the %s threshold",
                percent(probability), percent(model.suspiciousThreshold())));
        reasons.addAll(evidence(features, contributions, +1));
        missingFields(features).ifPresent(reasons::add);
        return reasons;
    }

    List<String> forNotSuspicious(AccountProfile profile, Optional<CountRule> rule, AccountFeatures features,
                                  double[] contributions, double probability) {
        List<String> reasons = new ArrayList<>();
        rule.ifPresent(matched -> reasons.add(matched.reason(profile)));
        reasons.add(String.format(Locale.ROOT, "%s likely fake or bought, below the %s threshold",
                percent(probability), percent(model.suspiciousThreshold())));
        reasons.addAll(evidence(features, contributions, -1));
        missingFields(features).ifPresent(reasons::add);
        return reasons;
    }

    // The inputs that pushed the score furthest in the verdict's direction (+1 towards fake, -1 towards genuine).
    private List<String> evidence(AccountFeatures features, double[] contributions, int direction) {
        return IntStream.range(0, contributions.length)
                .filter(i -> direction * contributions[i] >= MIN_REASON_LOG_ODDS)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> -direction * contributions[i]))
                .limit(MAX_EVIDENCE_REASONS)
                .map(i -> model.shapes().get(i).feature().describe(features)
                        + (direction > 0 ? ", typical of fake accounts" : ", typical of genuine accounts"))
                .toList();
    }

    private Optional<String> missingFields(AccountFeatures features) {
        Set<String> missing = new LinkedHashSet<>();
        for (FeatureShape shape : model.shapes()) {
            // An input the model gives no weight costs nothing when unknown: not worth a word.
            if (shape.spread() > 0 && AccountFeatures.isMissing(shape.feature().valueOf(features))) {
                missing.add(shape.feature().profileField());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("unknown " + String.join(", ", missing) + ": judged on the rest, with lower confidence");
    }

    private static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f%%", probability * 100);
    }
}
