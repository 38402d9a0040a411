package com.truereach.matching.authenticity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Classifies follower accounts as real, mass follower, suspicious or influencer, with the probability,
 * confidence and reasons behind each verdict.
 *
 * <p>Suspicious comes first and from the model alone: an account is suspicious when its calibrated
 * probability of being fake reaches the model's threshold, which was chosen so that few genuine
 * accounts reach it. The remaining accounts are sorted by the {@link CountRule}s. Classifying is pure
 * and does no I/O; only loading reads the model resource.
 */
public final class FollowerClassifier {

    static final String DEFAULT_RESOURCE = "follower-model-v1.properties";

    private final FollowerModel model;
    private final ReasonWriter reasons;

    FollowerClassifier(FollowerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.reasons = new ReasonWriter(model);
    }

    /** The model shipped with this version of TrueReach; loaded once, then shared. */
    public static FollowerClassifier loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    public AccountClassification classify(AccountProfile profile) {
        Scored scored = score(profile);
        List<String> why = scored.verdict().followerClass() == FollowerClass.SUSPICIOUS
                ? reasons.forSuspicious(scored.features(), scored.contributions(), scored.verdict().probabilityInauthentic())
                : reasons.forNotSuspicious(profile, scored.rule(), scored.features(), scored.contributions(),
                        scored.verdict().probabilityInauthentic());
        FollowerVerdict verdict = scored.verdict();
        return new AccountClassification(verdict.followerClass(), verdict.probabilityInauthentic(), verdict.confidence(), why);
    }

    /** The same verdict as {@link #classify}, without writing its reasons. */
    public FollowerVerdict verdict(AccountProfile profile) {
        return score(profile).verdict();
    }

    private Scored score(AccountProfile profile) {
        Objects.requireNonNull(profile, "profile");
        AccountFeatures features = AccountFeatures.of(profile);
        double[] contributions = model.contributions(features);
        double probability = model.probability(model.score(contributions));
        double confidence = model.evidenceShare(features);
        if (probability >= model.suspiciousThreshold()) {
            return new Scored(new FollowerVerdict(FollowerClass.SUSPICIOUS, probability, confidence), features, contributions,
                    Optional.empty());
        }
        Optional<CountRule> rule = CountRule.firstMatching(profile);
        FollowerClass followerClass = rule.map(CountRule::followerClass).orElse(FollowerClass.REAL);
        return new Scored(new FollowerVerdict(followerClass, probability, confidence), features, contributions, rule);
    }

    private record Scored(FollowerVerdict verdict, AccountFeatures features, double[] contributions, Optional<CountRule> rule) {
    }

    /** Probability at or above which an account is classified {@link FollowerClass#SUSPICIOUS}. */
    public double suspiciousThreshold() {
        return model.suspiciousThreshold();
    }

    /** Version of the model resource, to cite next to any score derived from it. */
    public String modelVersion() {
        return model.version();
    }

    FollowerModel model() {
        return model;
    }

    static FollowerModel loadModel(String resourceName) {
        try (InputStream in = FollowerClassifier.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("follower model resource not found: " + resourceName);
            }
            Properties properties = new Properties();
            properties.load(in);
            return FollowerModelFormat.parse(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read follower model resource " + resourceName, e);
        }
    }

    private static final class DefaultHolder {
        static final FollowerClassifier INSTANCE = new FollowerClassifier(loadModel(DEFAULT_RESOURCE));
    }
}
