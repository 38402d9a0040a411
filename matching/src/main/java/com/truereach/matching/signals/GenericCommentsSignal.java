package com.truereach.matching.signals;

import java.util.function.Supplier;

/**
 * Share of comments that say nothing about the post ("nice", "great pic", a row of emoji). Genuine
 * audiences leave some; above {@link #NORMAL_SHARE} they crowd out conversation, and above about 80%
 * the comments were pasted by a pod or sold.
 */
final class GenericCommentsSignal implements Signal {

    static final double NORMAL_SHARE = 0.4;
    static final int COMMENTS_FOR_FULL_CONFIDENCE = 40;

    @Override
    public String name() {
        return "generic comments";
    }

    @Override
    public double weight() {
        return 0.8;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        Evidence.CommentShare comments = evidence.genericComments();
        if (comments.commentsRead() == 0) {
            return new SignalResult(name(), 0, NORMAL_SHARE, weight(), 1.0, 0.0, () -> "No comment texts were sampled.");
        }
        double share = comments.share();
        double confidence = Math.min(1.0, (double) comments.commentsRead() / COMMENTS_FOR_FULL_CONFIDENCE);
        Supplier<String> observed = () -> Phrases.percent(share) + " of " + comments.commentsRead()
                + " sampled comments are generic or emoji-only";
        if (share <= NORMAL_SHARE) {
            return new SignalResult(name(), share, NORMAL_SHARE, weight(), 1.0, confidence,
                    () -> observed.get() + ", as in a genuine conversation.");
        }
        double health = 1.0 - 2.0 * (share - NORMAL_SHARE);
        return new SignalResult(name(), share, NORMAL_SHARE, weight(), health, confidence,
                () -> observed.get() + ", more than the " + Phrases.percent(NORMAL_SHARE)
                        + " a genuine audience leaves: comments look pasted rather than written.");
    }
}
