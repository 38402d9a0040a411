package com.truereach.matching.signals;

import java.util.function.Supplier;

/**
 * Likes per comment against the benchmark. Bought likes come without comments (ratio far above the
 * norm); comment pods add comments without likes (far below). Within a factor of
 * {@link #TOLERATED_FACTOR} either way is ordinary variety between audiences.
 */
final class LikesPerCommentSignal implements Signal {

    static final double TOLERATED_FACTOR = 2.5;
    /** Two hundred comments make the ratio stable to within about ten per cent. */
    static final int COMMENTS_FOR_FULL_CONFIDENCE = 200;

    @Override
    public String name() {
        return "likes per comment";
    }

    @Override
    public double weight() {
        return 0.6;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        double value = evidence.creator().likesPerComment();
        double norm = evidence.benchmark().likesPerComment().median();
        long comments = evidence.creator().posts().stream().mapToLong(post -> post.comments()).sum();
        if (Double.isNaN(value) || !(norm > 0)) {
            return new SignalResult(name(), value, norm, weight(), 1.0, 0.0,
                    () -> "There are no comments to compare likes with.");
        }
        double confidence = Math.min(1.0, (double) comments / COMMENTS_FOR_FULL_CONFIDENCE)
                * evidence.creator().provenance().weight();
        double distance = Math.abs(Math.log(value / norm));
        Supplier<String> comparison = () -> Phrases.number(value) + " likes per comment against " + Phrases.number(norm)
                + " for comparable creators";
        if (distance <= Math.log(TOLERATED_FACTOR)) {
            return new SignalResult(name(), value, norm, weight(), 1.0, confidence, () -> comparison.get() + " is normal.");
        }
        double health = 1.0 - 0.35 * (distance - Math.log(TOLERATED_FACTOR));
        String meaning = value > norm ? ": likes without conversation, as bought likes look."
                : ": comments without likes, as comment pods look.";
        return new SignalResult(name(), value, norm, weight(), Math.max(0.3, health), confidence, () -> comparison.get() + meaning);
    }
}
